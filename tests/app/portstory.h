#pragma once

// The news page the import-from-URL tests serve, in the window and on the command line alike: "Port reopens after
// storm" from the Harbour Times, first with two sentences, later with a third. It refers to a stylesheet and a photo
// so that a test can check the import fetched the page alone.

#include <QByteArray>

namespace Sourcelight::Test::PortStory {

/// The page around paragraphs: its title, its site name, a stylesheet and a photo.
inline QByteArray page(const QByteArray &paragraphs)
{
    return "<html><head><title>Port reopens after storm</title>"
           "<meta property=\"og:site_name\" content=\"Harbour Times\"><link rel=stylesheet href=\"/s.css\"></head>"
           "<body><img src=\"/photo.jpg\">"
        + paragraphs + "</body></html>";
}

/// The story as first published: two sentences.
inline QByteArray first()
{
    return page("<p>The port reopened on Tuesday, the harbour master said.</p>"
                "<p>Ships queued overnight, officials said.</p>");
}

/// The same story changed since: a third sentence added.
inline QByteArray updated()
{
    return page("<p>The port reopened on Tuesday, the harbour master said.</p>"
                "<p>Ships queued overnight, officials said.</p>"
                "<p>The first ferry left at noon.</p>");
}

} // namespace Sourcelight::Test::PortStory
