#include "webaddress.h"

#include <QUrl>

namespace Sourcelight::WebAddress {

bool isWebScheme(const QString &scheme)
{
    return scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0
        || scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && isWebScheme(url.scheme()) && !url.host().isEmpty();
}

bool isWebUrl(const QString &text)
{
    return isWebUrl(QUrl(text.trimmed(), QUrl::StrictMode));
}

} // namespace Sourcelight::WebAddress
