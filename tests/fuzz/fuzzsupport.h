#pragma once

// Shared by the libFuzzer targets in tests/fuzz: a QCoreApplication for the whole run (translations, SQL plugins)
// and an invariant check that stops the run with a message, so a finding is never silently swallowed.

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace Sourcelight::Fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "sourcelight-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
        std::abort();
    }
}

} // namespace Sourcelight::Fuzz
