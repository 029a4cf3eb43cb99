#include "storechange.h"

#include <QStringList>

namespace Sourcelight {

bool StoreChange::changesBoundaries() const
{
    return entity == QLatin1String("sentences") && field != QLatin1String("attribution");
}

std::optional<StoreChange> StoreChange::fromPayload(const QString &payload)
{
    const QStringList words = payload.split(QLatin1Char(' '));
    if (words.size() != 5 || words[0].isEmpty() || words[1].isEmpty()) {
        return std::nullopt;
    }
    StoreChange change {words[0], words[1]};
    bool ok[3] = {};
    change.entityId = words[2].toLongLong(&ok[0]);
    change.documentId = words[3].toLongLong(&ok[1]);
    change.sentenceId = words[4].toLongLong(&ok[2]);
    if (!ok[0] || !ok[1] || !ok[2]) {
        return std::nullopt;
    }
    return change;
}

} // namespace Sourcelight
