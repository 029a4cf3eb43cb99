#pragma once

#include <QString>

class QUrl;

namespace Sourcelight::WebAddress {

/// Whether scheme is http or https (in any case): the only schemes the app fetches, links or keeps as evidence.
bool isWebScheme(const QString &scheme);

/// Whether url is an http or https URL with a host.
bool isWebUrl(const QUrl &url);

/// Whether text, white space around it aside, is a web address: an http or https URL with a host, read strictly (no
/// spaces or stray characters inside). "javascript:", "file:", "data:", "mailto:" and malformed text are not. The
/// one rule for what the reports link, what the store keeps as new evidence and what an article's address may be.
bool isWebUrl(const QString &text);

} // namespace Sourcelight::WebAddress
