#include "agreement.h"

#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace Sourcelight {

namespace {

/// Splits CSV text into rows of cells (RFC 4180 quoting). Returns false with a message on an unterminated quote or
/// text after a closing quote.
bool splitCsv(
    const QString &text, QChar separator, QList<QList<QString>> &rows, QList<int> &lineNumbers, QString *error)
{
    QList<QString> row;
    QString cell;
    bool quoted = false;      // inside "…"
    bool afterQuote = false;  // a quoted cell ended; only a separator or line end may follow
    bool cellStarted = false; // the cell had a quote (so an empty quoted cell is a value, not a blank line)
    int line = 1;
    int rowLine = 1;
    const auto endRow = [&] {
        row.append(cell);
        const bool blank = row.size() == 1 && row.first().trimmed().isEmpty() && !cellStarted;
        if (!blank) {
            rows.append(row);
            lineNumbers.append(rowLine);
        }
        row.clear();
        cell.clear();
        afterQuote = false;
        cellStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                cell += c;
            }
            continue;
        }
        if (c == separator) {
            row.append(cell);
            cell.clear();
            afterQuote = false;
            cellStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            endRow();
            rowLine = ++line;
        } else if (afterQuote) {
            if (!c.isSpace()) {
                *error = AgreementReport::tr("line %1: text after a closing quote").arg(line);
                return false;
            }
        } else if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            cell.clear();
            quoted = true;
            cellStarted = true;
        } else {
            cell += c;
        }
    }
    if (quoted) {
        *error = AgreementReport::tr("line %1: a quoted cell is not closed").arg(rowLine);
        return false;
    }
    if (!cell.isEmpty() || !row.isEmpty() || cellStarted) {
        endRow();
    }
    return true;
}

std::optional<double> rounded(std::optional<double> value)
{
    if (!value) {
        return std::nullopt;
    }
    return std::round(*value * 10000.0) / 10000.0;
}

QJsonValue jsonNumber(std::optional<double> value)
{
    return value ? QJsonValue(*rounded(value)) : QJsonValue(QJsonValue::Null);
}

QString textNumber(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 3) : AgreementReport::tr("undefined");
}

PairAgreement comparePair(const ReliabilityData &data, qsizetype a, qsizetype b)
{
    PairAgreement pair;
    pair.first = data.coders.at(a);
    pair.second = data.coders.at(b);
    QHash<QString, qint64> firstCounts;
    QHash<QString, qint64> secondCounts;
    qint64 agreed = 0;
    for (const QList<std::optional<QString>> &row : data.values) {
        if (!row.at(a) || !row.at(b)) {
            continue;
        }
        ++pair.units;
        agreed += *row.at(a) == *row.at(b) ? 1 : 0;
        ++firstCounts[*row.at(a)];
        ++secondCounts[*row.at(b)];
    }
    if (pair.units == 0) {
        return pair;
    }
    const auto n = static_cast<double>(pair.units);
    pair.percent = static_cast<double>(agreed) / n;
    qint64 chanceProducts = 0; // Σ_c first_c · second_c; chance agreement is this over n²
    for (auto it = firstCounts.cbegin(); it != firstCounts.cend(); ++it) {
        chanceProducts += it.value() * secondCounts.value(it.key());
    }
    if (chanceProducts != qint64(pair.units) * pair.units) {
        const double chance = static_cast<double>(chanceProducts) / (n * n);
        pair.cohenKappa = (*pair.percent - chance) / (1.0 - chance);
    }
    return pair;
}

} // namespace

std::optional<ReliabilityData> ReliabilityData::fromCsv(const QString &input, QString *error)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    const QChar separator = firstLine.contains(QLatin1Char('\t')) && !firstLine.contains(QLatin1Char(','))
        ? QLatin1Char('\t')
        : QLatin1Char(',');
    QList<QList<QString>> rows;
    QList<int> lines;
    QString message;
    if (!splitCsv(text, separator, rows, lines, &message)) {
        *error = message;
        return std::nullopt;
    }
    if (rows.isEmpty()) {
        *error = AgreementReport::tr("the ratings table is empty");
        return std::nullopt;
    }
    ReliabilityData data;
    const QList<QString> &header = rows.first();
    if (header.size() < 2) {
        *error = AgreementReport::tr("line %1: the first row must name the unit column and at least one coder")
                     .arg(lines.first());
        return std::nullopt;
    }
    for (qsizetype i = 1; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (name.isEmpty()) {
            *error = AgreementReport::tr("line %1: coder %2 has no name").arg(lines.first()).arg(i);
            return std::nullopt;
        }
        if (data.coders.contains(name)) {
            *error = AgreementReport::tr("line %1: coder '%2' is named twice").arg(lines.first()).arg(name);
            return std::nullopt;
        }
        data.coders.append(name);
    }
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QList<QString> &row = rows.at(r);
        if (row.size() > header.size()) {
            *error = AgreementReport::tr("line %1: %2 values, but the first row names %n coder(s)", nullptr,
                static_cast<int>(data.coders.size()))
                         .arg(lines.at(r))
                         .arg(row.size() - 1);
            return std::nullopt;
        }
        data.units.append(row.first().trimmed());
        QList<std::optional<QString>> values;
        values.reserve(data.coders.size());
        for (qsizetype c = 1; c < header.size(); ++c) {
            const QString value = c < row.size() ? row.at(c).trimmed() : QString();
            values.append(value.isEmpty() ? std::nullopt : std::optional<QString>(value));
        }
        data.values.append(values);
    }
    return data;
}

AgreementReport AgreementReport::nominal(const ReliabilityData &data)
{
    AgreementReport report;
    report.units = data.units.size();
    report.coders = data.coders.size();

    // Coincidences: within a unit coded m times, every ordered pair of values from different coders counts
    // 1/(m − 1). Only the diagonal and the totals per value are needed for nominal data.
    QHash<QString, double> totals; // n_c
    double diagonal = 0.0;         // Σ_c o_cc
    for (const QList<std::optional<QString>> &row : data.values) {
        QHash<QString, qint64> counts;
        qint64 coded = 0;
        for (const std::optional<QString> &value : row) {
            if (value) {
                ++counts[*value];
                ++coded;
            }
        }
        report.values += coded;
        if (coded < 2) {
            continue;
        }
        ++report.pairableUnits;
        report.pairableValues += coded;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            totals[it.key()] += static_cast<double>(it.value());
            diagonal += static_cast<double>(it.value() * (it.value() - 1)) / static_cast<double>(coded - 1);
        }
    }
    report.categories = totals.size();

    const auto n = static_cast<double>(report.pairableValues);
    double sumOfSquares = 0.0;
    for (const double total : std::as_const(totals)) {
        sumOfSquares += total * total;
    }
    if (report.pairableValues >= 2 && totals.size() >= 2) {
        report.observedDisagreement = (n - diagonal) / n;
        report.expectedDisagreement = (n * n - sumOfSquares) / (n * (n - 1.0));
        report.alpha = 1.0 - *report.observedDisagreement / *report.expectedDisagreement;
    }

    for (qsizetype a = 0; a < data.coders.size(); ++a) {
        for (qsizetype b = a + 1; b < data.coders.size(); ++b) {
            report.pairs.append(comparePair(data, a, b));
        }
    }
    return report;
}

QJsonObject AgreementReport::toJson() const
{
    QJsonArray pairList;
    for (const PairAgreement &pair : pairs) {
        pairList.append(QJsonObject {
            {QStringLiteral("coders"), QJsonArray {pair.first, pair.second}},
            {QStringLiteral("units"), pair.units},
            {QStringLiteral("percentAgreement"), jsonNumber(pair.percent)},
            {QStringLiteral("cohenKappa"), jsonNumber(pair.cohenKappa)},
        });
    }
    return QJsonObject {
        {QStringLiteral("level"), QStringLiteral("nominal")},
        {QStringLiteral("units"), units},
        {QStringLiteral("pairableUnits"), pairableUnits},
        {QStringLiteral("coders"), coders},
        {QStringLiteral("values"), values},
        {QStringLiteral("pairableValues"), pairableValues},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("alpha"), jsonNumber(alpha)},
        {QStringLiteral("observedDisagreement"), jsonNumber(observedDisagreement)},
        {QStringLiteral("expectedDisagreement"), jsonNumber(expectedDisagreement)},
        {QStringLiteral("pairs"), pairList},
    };
}

QString AgreementReport::toText() const
{
    QString text = tr("Units: %1 (%2 coded by two coders or more)").arg(units).arg(pairableUnits) + QLatin1Char('\n');
    text += tr("Coders: %1; values: %2 (%3 pairable, %4 distinct)")
                .arg(coders)
                .arg(values)
                .arg(pairableValues)
                .arg(categories)
        + QLatin1Char('\n');
    text += tr("Krippendorff's alpha (nominal): %1").arg(textNumber(alpha));
    if (!alpha) {
        text += QStringLiteral(" — ")
            + (pairableValues < 2 ? tr("no unit was coded twice") : tr("every value is the same, so nothing varies"));
    }
    text += QLatin1Char('\n');
    if (pairs.isEmpty()) {
        return text;
    }
    const QString coderHeading = tr("Coders");
    const QString unitsHeading = tr("Units");
    const QString percentHeading = tr("Agreement");
    const QString kappaHeading = tr("Cohen's kappa");
    qsizetype width = coderHeading.size();
    for (const PairAgreement &pair : pairs) {
        width = std::max(width, pair.first.size() + pair.second.size() + 3);
    }
    text += QLatin1Char('\n') + coderHeading.leftJustified(width) + QLatin1String("  ") + unitsHeading.rightJustified(6)
        + QLatin1String("  ") + percentHeading.rightJustified(9) + QLatin1String("  ") + kappaHeading.rightJustified(13)
        + QLatin1Char('\n');
    for (const PairAgreement &pair : pairs) {
        const QString percent
            = pair.percent ? QString::number(*pair.percent * 100.0, 'f', 1) + QLatin1Char('%') : tr("undefined");
        const QString names = pair.first + QStringLiteral(" – ") + pair.second;
        text += names.leftJustified(width) + QLatin1String("  ") + QString::number(pair.units).rightJustified(6)
            + QLatin1String("  ") + percent.rightJustified(9) + QLatin1String("  ")
            + textNumber(pair.cohenKappa).rightJustified(13) + QLatin1Char('\n');
    }
    return text;
}

} // namespace Sourcelight
