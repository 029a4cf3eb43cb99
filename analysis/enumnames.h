#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace Sourcelight::EnumNames {

/// A table of an enumeration's stable names (as stored, exported and printed by the CLI).
template<typename Enum, std::size_t N> using Table = std::array<std::pair<Enum, const char *>, N>;

/// The name of value in table; empty when it is missing.
template<typename Enum, std::size_t N> QString nameOf(const Table<Enum, N> &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

/// The value named name in table, if any.
template<typename Enum, std::size_t N> std::optional<Enum> valueOf(const Table<Enum, N> &table, const QString &name)
{
    for (const auto &[v, n] : table) {
        if (name == QLatin1StringView(n)) {
            return v;
        }
    }
    return std::nullopt;
}

} // namespace Sourcelight::EnumNames
