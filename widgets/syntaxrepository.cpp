#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>

namespace Sourcelight::SyntaxRepository {

KSyntaxHighlighting::Repository &instance()
{
    static KSyntaxHighlighting::Repository *repository = [] {
        auto *r = new KSyntaxHighlighting::Repository;
        // Definitions in :/ksh/syntax, themes in :/ksh/themes (the layout Repository expects of a search path).
        r->addCustomSearchPath(QStringLiteral(":/ksh"));
        return r;
    }();
    return *repository;
}

} // namespace Sourcelight::SyntaxRepository
