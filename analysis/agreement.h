#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sourcelight {

/// Reliability data: what each coder (reviewer) recorded for each unit (sentence, claim). A cell is a nominal value
/// — compared only for equality — or missing (the coder did not code the unit).
struct ReliabilityData
{
    QStringList coders;
    QStringList units;
    /// values[unit][coder]; every row has coders.size() cells.
    QList<QList<std::optional<QString>>> values;

    /// Reads a ratings table: the first row names the coders after one heading cell for the unit column; each other
    /// row is a unit's name followed by one value per coder, an empty cell being a missing value. Cells are separated
    /// by commas (or tabs, when the first row has a tab and no comma) and may be quoted as in RFC 4180 ("a ""b""",
    /// with separators and line breaks inside quotes). Surrounding white space of a cell is trimmed; blank lines are
    /// skipped. On malformed input returns nullopt and says why (with the line number) in *error.
    static std::optional<ReliabilityData> fromCsv(const QString &text, QString *error);
};

/// Agreement between two coders on the units both coded.
struct PairAgreement
{
    QString first;
    QString second;
    qsizetype units = 0;              ///< units both coded
    std::optional<double> percent;    ///< share of those units with the same value; nullopt without units
    std::optional<double> cohenKappa; ///< nullopt without units or when chance agreement is already 1
};

/// Inter-coder agreement on nominal data: Krippendorff's α, which takes any number of coders and missing values
/// (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011: α = 1 − D_o/D_e over the coincidence matrix
/// of pairable values), and for every pair of coders Cohen's κ and the percent agreement.
struct AgreementReport
{
    Q_DECLARE_TR_FUNCTIONS(AgreementReport)

public:
    qsizetype units = 0;          ///< units in the data
    qsizetype pairableUnits = 0;  ///< units coded by at least two coders (the only ones α counts)
    qsizetype coders = 0;         ///< coders in the data
    qsizetype values = 0;         ///< values recorded (cells not missing)
    qsizetype pairableValues = 0; ///< values in pairable units (n in Krippendorff's formulas)
    qsizetype categories = 0;     ///< distinct values among the pairable ones
    /// Krippendorff's α (nominal). nullopt when it is undefined: fewer than two pairable values, or every pairable
    /// value the same (no variation, so nothing to agree or disagree on — α is 0/0).
    std::optional<double> alpha;
    /// Observed and expected disagreement behind α (nullopt as alpha is).
    std::optional<double> observedDisagreement;
    std::optional<double> expectedDisagreement;
    QList<PairAgreement> pairs; ///< every pair of coders, in the order the coders are given

    static AgreementReport nominal(const ReliabilityData &data);

    /// The public JSON form (documented in the README, "sourcelight agreement"): numbers rounded to 4 places,
    /// undefined figures as null.
    QJsonObject toJson() const;
    /// A summary for people: the counts, α and a table of the pairs.
    QString toText() const;
};

} // namespace Sourcelight
