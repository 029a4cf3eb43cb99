#pragma once

#include "htmltokenizer.h"

#include <QSet>
#include <QString>

namespace Sourcelight {

/// What HTML's parsing rules, and a reader's eye, make of an element: for HtmlTextExtractor. Names are the
/// tokenizer's, in ASCII lower case, of elements in the HTML namespace.
namespace HtmlElements {

/// A set of names, built once by the caller ("static const QSet<QString> names = nameSet({...})").
QSet<QString> nameSet(std::initializer_list<const char *> names);

/// Blocks: what comes before and after them are separate paragraphs.
bool isBlock(const QString &name);
/// Start tags that close an open <p> ("close a p element" before they are inserted).
bool closesParagraph(const QString &name);
/// End tags that close their element only when it is in scope, with whatever is still open inside it.
bool isBlockEndTag(const QString &name);
bool isHeading(const QString &name);
/// Elements without content or end tag (<br>, <img>, <meta>…).
bool isVoid(const QString &name);
/// Page furniture that is not article text although a browser shows it (<nav>, <aside>, <button>…).
bool isChrome(const QString &name);
/// Elements a browser does not display (<script>, <style>, <title>…), or whose content no reader sees as text.
bool isHiddenContent(const QString &name);
/// HTML's "special" elements: an end tag of another name never closes them.
bool isSpecial(const QString &name);
/// A start tag that ends SVG or MathML content ("<svg><p>" puts the paragraph after the drawing, not in it).
bool breaksOutOfForeignContent(const HtmlTokenizer::Token &tag);

} // namespace HtmlElements

} // namespace Sourcelight
