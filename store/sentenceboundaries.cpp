#include "sentenceboundaries.h"

#include "documenttable.h"
#include "fulltextsearch.h"
#include "historylog.h"
#include "projectstore_p.h"
#include "sqltransaction.h"

#include <QSet>
#include <QSqlQuery>

namespace Sourcelight {

namespace {

const QString Sentences = QStringLiteral("sentences");

// ":s0, :s1, …" for n bound sentence ids.
QString placeholders(qsizetype n)
{
    QStringList names;
    for (qsizetype i = 0; i < n; ++i) {
        names << QStringLiteral(":s%1").arg(i);
    }
    return names.join(QStringLiteral(", "));
}

QList<std::pair<QString, QVariant>> sentenceBinds(const QList<Id> &ids)
{
    QList<std::pair<QString, QVariant>> binds;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        binds.append({QStringLiteral(":s%1").arg(i), ids.at(i)});
    }
    return binds;
}

QString describe(const SentenceRecord &s)
{
    return QStringLiteral("#%1 [%2, %3)").arg(s.id).arg(s.span.start).arg(s.span.end);
}

QString describe(const QList<SentenceRecord> &sentences)
{
    QStringList parts;
    for (const SentenceRecord &s : sentences) {
        parts << describe(s);
    }
    return parts.join(QStringLiteral(" + "));
}

QVariant nullableOffset(qsizetype value, bool valid)
{
    return valid ? QVariant(qint64(value)) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

SentenceBoundaries::SentenceBoundaries(ProjectStore &store)
    : m_store(store)
{
}

bool SentenceBoundaries::exec(const QString &sql, const QList<std::pair<QString, QVariant>> &binds, int *rowsAffected)
{
    QSqlQuery &query = StoreAccess::prepared(m_store, sql);
    for (const auto &[name, value] : binds) {
        query.bindValue(name, value);
    }
    const bool ok = StoreAccess::exec(m_store, query);
    if (rowsAffected) {
        *rowsAffected = ok ? query.numRowsAffected() : 0;
    }
    query.finish();
    return ok;
}

std::optional<SentenceRecord> SentenceBoundaries::sentenceAt(Id documentId, int ordinal)
{
    QSqlQuery &select = StoreAccess::prepared(m_store,
        QStringLiteral("SELECT id, document_id, ordinal, start_offset, end_offset FROM sentences "
                       "WHERE document_id = :d AND ordinal = :o"));
    select.bindValue(QStringLiteral(":d"), documentId);
    select.bindValue(QStringLiteral(":o"), ordinal);
    if (!StoreAccess::exec(m_store, select)) {
        return std::nullopt;
    }
    std::optional<SentenceRecord> found;
    if (select.next()) {
        found = DocumentTable::readSentence(select);
    } else {
        found = SentenceRecord {}; // id 0: there is none
    }
    select.finish();
    return found;
}

std::optional<QString> SentenceBoundaries::body(Id documentId)
{
    QSqlQuery &select = StoreAccess::prepared(m_store, QStringLiteral("SELECT body FROM documents WHERE id = :d"));
    select.bindValue(QStringLiteral(":d"), documentId);
    if (!StoreAccess::exec(m_store, select)) {
        return std::nullopt;
    }
    std::optional<QString> text;
    if (select.next()) {
        text = select.value(0).toString();
    } else {
        StoreAccess::setError(
            m_store, ProjectStore::Error::InvalidArgument, tr("There is no document %1.").arg(documentId));
    }
    select.finish();
    return text;
}

std::optional<BoundaryEdit::Rows> SentenceBoundaries::readRows(const QString &sql, const QList<Id> &sentenceIds)
{
    QSqlQuery &select = StoreAccess::prepared(m_store, sql.arg(placeholders(sentenceIds.size())));
    for (const auto &[name, value] : sentenceBinds(sentenceIds)) {
        select.bindValue(name, value);
    }
    std::optional<RawRows> raw = readRawRows(m_store, select);
    if (!raw) {
        return std::nullopt;
    }
    return BoundaryEdit::Rows {raw->columns, raw->rows};
}

bool SentenceBoundaries::snapshot(BoundaryEdit &edit)
{
    QList<Id> ids;
    for (const SentenceRecord &s : std::as_const(edit.before)) {
        ids.append(s.id);
    }
    const auto attributions
        = readRows(QStringLiteral("SELECT * FROM attributions WHERE sentence_id IN (%1) ORDER BY id"), ids);
    const auto hops = readRows(QStringLiteral("SELECT * FROM attribution_hops WHERE attribution_id IN "
                                              "(SELECT id FROM attributions WHERE sentence_id IN (%1)) "
                                              "ORDER BY attribution_id, position"),
        ids);
    const auto claims = readRows(
        QStringLiteral(
            "SELECT id, sentence_id, span_start, span_end FROM claims WHERE sentence_id IN (%1) ORDER BY id"),
        ids);
    if (!attributions || !hops || !claims) {
        return false;
    }
    edit.attributions = *attributions;
    edit.hops = *hops;
    for (const QVariantList &row : claims->rows) {
        ClaimPlacement placement;
        placement.claimId = row.at(0).toLongLong();
        placement.sentenceId = row.at(1).toLongLong();
        if (!row.at(2).isNull() && !row.at(3).isNull()) {
            placement.span = {row.at(2).toLongLong(), row.at(3).toLongLong()};
        }
        edit.claims.append(placement);
    }
    return true;
}

bool SentenceBoundaries::parkOrdinals(Id documentId, int ordinal)
{
    return exec(QStringLiteral("UPDATE sentences SET ordinal = -ordinal - 1 WHERE document_id = :d AND ordinal > :o"),
        {{QStringLiteral(":d"), documentId}, {QStringLiteral(":o"), ordinal}});
}

bool SentenceBoundaries::settleOrdinals(Id documentId, int shift)
{
    return exec(
        QStringLiteral("UPDATE sentences SET ordinal = -ordinal - 1 + :shift WHERE document_id = :d AND ordinal < 0"),
        {{QStringLiteral(":d"), documentId}, {QStringLiteral(":shift"), shift}});
}

bool SentenceBoundaries::reindex(Id documentId, const QList<Id> &sentenceIds, const QList<Id> &claimIds)
{
    FullTextSearch &fullText = m_store.fullText();
    if (!fullText.isAvailable()) {
        return true;
    }
    const std::optional<QString> text = body(documentId);
    if (!text) {
        return false;
    }
    QStringList texts;
    QSqlQuery &select = StoreAccess::prepared(
        m_store, QStringLiteral("SELECT start_offset, end_offset FROM sentences WHERE id = :id"));
    for (const Id id : sentenceIds) {
        select.bindValue(QStringLiteral(":id"), id);
        if (!StoreAccess::exec(m_store, select) || !select.next()) {
            select.finish();
            return false;
        }
        const qsizetype start = select.value(0).toLongLong();
        texts.append(text->mid(start, select.value(1).toLongLong() - start));
        select.finish();
    }
    return fullText.replaceSentences(sentenceIds, texts) && fullText.refreshClaims(claimIds);
}

std::optional<QList<SentenceRecord>> SentenceBoundaries::lockedAsShown(const QList<Id> &sentenceIds, const Shown &shown)
{
    QList<SentenceRecord> sentences;
    QList<TextSpan> stored;
    for (const Id id : sentenceIds) {
        if (!StoreAccess::lockRow(m_store, QStringLiteral("sentences"), id)) {
            return std::nullopt;
        }
        const std::optional<SentenceRecord> sentence = m_store.documents().sentence(id);
        if (!sentence) {
            return std::nullopt;
        }
        sentences.append(*sentence);
        stored.append(sentence->span);
    }
    if (!shown.isEmpty() && stored != shown) {
        StoreAccess::setError(m_store, ProjectStore::Error::Conflict,
            tr("The sentence was split or merged by someone else meanwhile; look at it again."));
        return std::nullopt;
    }
    return sentences;
}

bool SentenceBoundaries::boundariesFree(const QList<Id> &sentenceIds)
{
    if (!m_store.onServer()) {
        return true; // a project file holds no codings
    }
    // Codings are read when the session asks for them (0009_team_roles.sql): asked for this one statement only.
    QSqlQuery &asked = StoreAccess::prepared(m_store,
        QStringLiteral("SELECT COALESCE(current_setting('sourcelight.codings', true), ''), "
                       "set_config('sourcelight.codings', 'on', true)"));
    if (!StoreAccess::exec(m_store, asked) || !asked.next()) {
        return false;
    }
    const QString before = asked.value(0).toString();
    asked.finish();
    QSqlQuery &coded = StoreAccess::prepared(m_store,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM attributions WHERE %1 AND coder_id IS NOT NULL) "
                       "OR EXISTS (SELECT 1 FROM claims WHERE %2 AND coder_id IS NOT NULL)")
            .arg(StoreAccess::inJsonIds(m_store, QStringLiteral("sentence_id"), QStringLiteral(":ids")),
                StoreAccess::inJsonIds(m_store, QStringLiteral("sentence_id"), QStringLiteral(":ids2"))));
    coded.bindValue(QStringLiteral(":ids"), StoreAccess::jsonIds(sentenceIds));
    coded.bindValue(QStringLiteral(":ids2"), StoreAccess::jsonIds(sentenceIds));
    if (!StoreAccess::exec(m_store, coded) || !coded.next()) {
        return false;
    }
    const bool found = coded.value(0).toBool();
    coded.finish();
    if (!exec(QStringLiteral("SELECT set_config('sourcelight.codings', :before, true)"),
            {{QStringLiteral(":before"), before}})) {
        return false;
    }
    if (found) {
        StoreAccess::setError(m_store, ProjectStore::Error::InvalidArgument,
            tr("Reviewers have coded this sentence on their own: its boundaries stay as they coded it (a split or a "
               "merge would leave their codings on other words, or drop them). Split and merge sentences before "
               "independent coding begins."));
    }
    return !found;
}

std::optional<BoundaryEdit> SentenceBoundaries::split(
    Id sentenceId, qsizetype position, Id secondId, const Shown &shown)
{
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return std::nullopt;
    }
    const std::optional<QList<SentenceRecord>> locked = lockedAsShown({sentenceId}, shown);
    if (!locked || !boundariesFree({sentenceId})) {
        return std::nullopt;
    }
    const std::optional<SentenceRecord> sentence = locked->first();
    const std::optional<QString> text = body(sentence->documentId);
    if (!text) {
        return std::nullopt;
    }
    // The whitespace at the cut belongs to neither part.
    const TextSpan whole = sentence->span;
    qsizetype firstEnd = std::clamp(position, whole.start, whole.end);
    qsizetype secondStart = firstEnd;
    while (firstEnd > whole.start && text->at(firstEnd - 1).isSpace()) {
        --firstEnd;
    }
    while (secondStart < whole.end && text->at(secondStart).isSpace()) {
        ++secondStart;
    }
    if (position <= whole.start || position >= whole.end || firstEnd <= whole.start || secondStart >= whole.end) {
        StoreAccess::setError(m_store, ProjectStore::Error::InvalidArgument,
            tr("A sentence cannot be split at its edge: place the cursor between two of its words."));
        return std::nullopt;
    }

    BoundaryEdit edit;
    edit.documentId = sentence->documentId;
    edit.before = {*sentence};
    if (!snapshot(edit)) {
        return std::nullopt;
    }
    // Each span claim goes to the part that holds it; one that crosses the cut would lose words either way.
    QList<ClaimPlacement> placed; // span claims whose sentence or span changes
    QList<Id> claimIds;
    for (const ClaimPlacement &c : std::as_const(edit.claims)) {
        claimIds.append(c.claimId);
        if (!c.span.isValid()) {
            continue;
        }
        ClaimPlacement p = c;
        if (c.span.start < firstEnd && c.span.end <= secondStart) {
            p.span.end = std::min(c.span.end, firstEnd);
        } else if (c.span.start >= firstEnd && c.span.end > secondStart) {
            p.sentenceId = 0; // the second part, whose id comes below
            p.span.start = std::max(c.span.start, secondStart);
        } else {
            StoreAccess::setError(m_store, ProjectStore::Error::InvalidArgument,
                tr("The claimed words cross that point: split the sentence elsewhere.", "claim: a reviewed statement"));
            return std::nullopt;
        }
        if (p.sentenceId != c.sentenceId || p.span != c.span) {
            placed.append(p);
        }
    }

    const SentenceRecord first {sentence->id, sentence->documentId, sentence->ordinal, {whole.start, firstEnd}};
    SentenceRecord second {0, sentence->documentId, sentence->ordinal + 1, {secondStart, whole.end}};
    if (!parkOrdinals(edit.documentId, sentence->ordinal)
        || !exec(QStringLiteral("UPDATE sentences SET end_offset = :end WHERE id = :id"),
            {{QStringLiteral(":end"), qint64(firstEnd)}, {QStringLiteral(":id"), sentence->id}})) {
        return std::nullopt;
    }
    if (secondId != 0) {
        QSqlQuery &taken = StoreAccess::prepared(m_store, QStringLiteral("SELECT id FROM sentences WHERE id = :id"));
        taken.bindValue(QStringLiteral(":id"), secondId);
        const std::optional<QList<Id>> ids = StoreAccess::selectIds(m_store, taken);
        if (!ids) {
            return std::nullopt;
        }
        if (!ids->isEmpty()) {
            secondId = 0;
        }
    }
    QSqlQuery &insert = StoreAccess::prepared(m_store,
        QStringLiteral("INSERT INTO sentences (id, document_id, ordinal, start_offset, end_offset) "
                       "VALUES (:id, :d, :o, :start, :end) RETURNING id"));
    insert.bindValue(
        QStringLiteral(":id"), secondId != 0 ? QVariant(secondId) : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(QStringLiteral(":d"), second.documentId);
    insert.bindValue(QStringLiteral(":o"), second.ordinal);
    insert.bindValue(QStringLiteral(":start"), qint64(second.span.start));
    insert.bindValue(QStringLiteral(":end"), qint64(second.span.end));
    const std::optional<Id> secondAdded = StoreAccess::insertReturningId(m_store, insert);
    if (!secondAdded) {
        return std::nullopt;
    }
    second.id = *secondAdded;
    // The text index first: a moved claim's index entry copies its new sentence's text.
    if (!reindex(edit.documentId, {first.id, second.id}, {})) {
        return std::nullopt;
    }

    // Both parts carry what the sentence carried: the suggestion and the analyst's decision, with their chains. A
    // cue or a mention outside a part is not shown on it.
    const qsizetype idColumn = edit.attributions.columns.indexOf(QLatin1String("id"));
    for (const QVariantList &row : std::as_const(edit.attributions.rows)) {
        const Id from = row.at(idColumn).toLongLong();
        QSqlQuery &copy = StoreAccess::prepared(m_store,
            QStringLiteral(
                "INSERT INTO attributions (sentence_id, origin, cue_text, cue_start, cue_end, quote_type, scope, "
                "confidence, reason, reviewer_id, created_at, updated_at) SELECT :to, origin, "
                "CASE WHEN cue_start IS NULL OR (cue_start >= :start AND cue_end <= :end) THEN cue_text ELSE '' END, "
                "CASE WHEN cue_start >= :start AND cue_end <= :end THEN cue_start END, "
                "CASE WHEN cue_start >= :start AND cue_end <= :end THEN cue_end END, quote_type, scope, confidence, "
                "reason, reviewer_id, created_at, updated_at FROM attributions WHERE id = :from RETURNING id"));
        copy.bindValue(QStringLiteral(":to"), second.id);
        copy.bindValue(QStringLiteral(":start"), qint64(second.span.start));
        copy.bindValue(QStringLiteral(":end"), qint64(second.span.end));
        copy.bindValue(QStringLiteral(":from"), from);
        const std::optional<Id> copied = StoreAccess::insertReturningId(m_store, copy);
        if (!copied) {
            return std::nullopt;
        }
        const Id to = *copied;
        if (!exec(QStringLiteral("INSERT INTO attribution_hops (attribution_id, position, source_id, mention_start, "
                                 "mention_end, anonymous, source_count, title, on_record) SELECT :to, position, "
                                 "source_id, CASE WHEN mention_start >= :start AND mention_end <= :end "
                                 "THEN mention_start END, CASE WHEN mention_start >= :start AND mention_end <= :end "
                                 "THEN mention_end END, anonymous, source_count, title, on_record "
                                 "FROM attribution_hops WHERE attribution_id = :from ORDER BY position"),
                {{QStringLiteral(":to"), to}, {QStringLiteral(":start"), qint64(second.span.start)},
                    {QStringLiteral(":end"), qint64(second.span.end)}, {QStringLiteral(":from"), from}})) {
            return std::nullopt;
        }
    }
    const QList<std::pair<QString, QVariant>> firstPart = {{QStringLiteral(":s"), first.id},
        {QStringLiteral(":start"), qint64(first.span.start)}, {QStringLiteral(":end"), qint64(first.span.end)}};
    if (!exec(QStringLiteral("UPDATE attributions SET cue_text = '', cue_start = NULL, cue_end = NULL "
                             "WHERE sentence_id = :s AND cue_start IS NOT NULL "
                             "AND NOT (cue_start >= :start AND cue_end <= :end)"),
            firstPart)
        || !exec(
            QStringLiteral("UPDATE attribution_hops SET mention_start = NULL, mention_end = NULL "
                           "WHERE attribution_id IN (SELECT id FROM attributions WHERE sentence_id = :s) "
                           "AND mention_start IS NOT NULL AND NOT (mention_start >= :start AND mention_end <= :end)"),
            firstPart)) {
        return std::nullopt;
    }
    for (const ClaimPlacement &c : std::as_const(placed)) {
        if (!exec(QStringLiteral(
                      "UPDATE claims SET sentence_id = :s, span_start = :start, span_end = :end WHERE id = :id"),
                {{QStringLiteral(":s"), c.sentenceId == 0 ? second.id : first.id},
                    {QStringLiteral(":start"), qint64(c.span.start)}, {QStringLiteral(":end"), qint64(c.span.end)},
                    {QStringLiteral(":id"), c.claimId}})) {
            return std::nullopt;
        }
    }
    if (!settleOrdinals(edit.documentId, 1) || !reindex(edit.documentId, {}, claimIds)
        || !m_store.history().record(Sentences, first.id, QStringLiteral("split"), describe(*sentence),
            describe(QList<SentenceRecord> {first, second}))
        || !transaction.commit()) {
        return std::nullopt;
    }
    edit.after = {first.id, second.id};
    return edit;
}

std::optional<BoundaryEdit> SentenceBoundaries::merge(Id sentenceId, const Shown &shown)
{
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return std::nullopt;
    }
    const std::optional<QList<SentenceRecord>> firstLocked = lockedAsShown({sentenceId}, {});
    if (!firstLocked) {
        return std::nullopt;
    }
    const std::optional<SentenceRecord> next
        = sentenceAt(firstLocked->first().documentId, firstLocked->first().ordinal + 1);
    if (!next) {
        return std::nullopt;
    }
    if (next->id == 0) {
        StoreAccess::setError(m_store, ProjectStore::Error::InvalidArgument,
            tr("This is the last sentence of the article: there is no next sentence to merge it with."));
        return std::nullopt;
    }
    const std::optional<QList<SentenceRecord>> locked = lockedAsShown({sentenceId, next->id}, shown);
    if (!locked || !boundariesFree({sentenceId, next->id})) {
        return std::nullopt;
    }
    const std::optional<SentenceRecord> first = locked->at(0);
    const std::optional<SentenceRecord> second = locked->at(1);
    BoundaryEdit edit;
    edit.documentId = first->documentId;
    edit.before = {*first, *second};
    if (!snapshot(edit)) {
        return std::nullopt;
    }
    // The source the second sentence rested on, when it is not the one the merged sentence keeps.
    QSqlQuery &sources = StoreAccess::prepared(m_store,
        QStringLiteral("SELECT e.sentence_id, e.source_id, s.name FROM sentence_sources e "
                       "JOIN sources s ON s.id = e.source_id WHERE e.sentence_id IN (:first, :second)"));
    sources.bindValue(QStringLiteral(":first"), first->id);
    sources.bindValue(QStringLiteral(":second"), second->id);
    if (!StoreAccess::exec(m_store, sources)) {
        return std::nullopt;
    }
    std::optional<Id> kept;
    while (sources.next()) {
        if (sources.value(0).toLongLong() == first->id) {
            kept = sources.value(1).toLongLong();
        } else {
            edit.droppedSource = sources.value(1).toLongLong();
            edit.droppedSourceName = sources.value(2).toString();
        }
    }
    sources.finish();
    if (edit.droppedSource == kept) {
        edit.droppedSource.reset();
        edit.droppedSourceName.clear();
    }

    const SentenceRecord merged {first->id, first->documentId, first->ordinal, {first->span.start, second->span.end}};
    QList<Id> claimIds;
    for (const ClaimPlacement &c : std::as_const(edit.claims)) {
        claimIds.append(c.claimId);
    }
    // The second sentence's claims keep their words: a whole-sentence one becomes a span of the merged sentence.
    if (!exec(QStringLiteral("DELETE FROM attributions WHERE sentence_id = :s"), {{QStringLiteral(":s"), second->id}})
        || !exec(QStringLiteral("UPDATE sentences SET end_offset = :end WHERE id = :id"),
            {{QStringLiteral(":end"), qint64(merged.span.end)}, {QStringLiteral(":id"), merged.id}})
        || !reindex(edit.documentId, {merged.id}, {})
        || !exec(QStringLiteral("UPDATE claims SET sentence_id = :to, span_start = COALESCE(span_start, :start), "
                                "span_end = COALESCE(span_end, :end) WHERE sentence_id = :from"),
            {{QStringLiteral(":to"), merged.id}, {QStringLiteral(":start"), qint64(second->span.start)},
                {QStringLiteral(":end"), qint64(second->span.end)}, {QStringLiteral(":from"), second->id}})
        || !exec(QStringLiteral("DELETE FROM sentences WHERE id = :id"), {{QStringLiteral(":id"), second->id}})
        || !parkOrdinals(edit.documentId, merged.ordinal) || !settleOrdinals(edit.documentId, -1)
        || !reindex(edit.documentId, {}, claimIds)
        || !m_store.history().record(
            Sentences, merged.id, QStringLiteral("merged"), describe(edit.before), describe(merged))
        || !transaction.commit()) {
        return std::nullopt;
    }
    edit.after = {merged.id};
    return edit;
}

bool SentenceBoundaries::restore(const BoundaryEdit &edit)
{
    SqlTransaction transaction(m_store);
    if (!transaction.isActive() || edit.before.isEmpty() || edit.after.isEmpty()) {
        return false;
    }
    const SentenceRecord &first = edit.before.first();
    // The sentences the edit left must still be there as it left them; the ones it removed must be free.
    QList<SentenceRecord> current;
    for (const Id id : edit.after) {
        const std::optional<SentenceRecord> s = m_store.documents().sentence(id);
        if (!s) {
            return false;
        }
        current.append(*s);
    }
    if (current.first().ordinal != first.ordinal || current.first().documentId != edit.documentId) {
        StoreAccess::setError(m_store, ProjectStore::Error::InvalidArgument,
            tr("The sentences have changed since; their boundaries cannot be put back."));
        return false;
    }
    const QSet<Id> after(edit.after.cbegin(), edit.after.cend());
    QList<Id> beforeIds;
    for (const SentenceRecord &s : edit.before) {
        beforeIds.append(s.id);
        if (after.contains(s.id)) {
            continue;
        }
        QSqlQuery &taken = StoreAccess::prepared(m_store, QStringLiteral("SELECT id FROM sentences WHERE id = :id"));
        taken.bindValue(QStringLiteral(":id"), s.id);
        const std::optional<QList<Id>> ids = StoreAccess::selectIds(m_store, taken);
        if (!ids) {
            return false;
        }
        if (!ids->isEmpty()) {
            StoreAccess::setError(m_store, ProjectStore::Error::InvalidArgument,
                tr("Sentence %1 cannot be put back: its id has been taken since.").arg(s.id));
            return false;
        }
    }

    const QString afterText = describe(current);
    if (!parkOrdinals(edit.documentId, first.ordinal)
        || !exec(
            QStringLiteral("DELETE FROM attributions WHERE sentence_id IN (%1)").arg(placeholders(edit.after.size())),
            sentenceBinds(edit.after))) {
        return false;
    }
    for (const SentenceRecord &s : edit.before) {
        const QList<std::pair<QString, QVariant>> binds
            = {{QStringLiteral(":id"), s.id}, {QStringLiteral(":d"), s.documentId}, {QStringLiteral(":o"), s.ordinal},
                {QStringLiteral(":start"), qint64(s.span.start)}, {QStringLiteral(":end"), qint64(s.span.end)}};
        const bool ok = after.contains(s.id)
            ? exec(QStringLiteral(
                       "UPDATE sentences SET ordinal = :o, start_offset = :start, end_offset = :end WHERE id = :id "
                       "AND document_id = :d"),
                  binds)
            : exec(QStringLiteral("INSERT INTO sentences (id, document_id, ordinal, start_offset, end_offset) "
                                  "VALUES (:id, :d, :o, :start, :end)"),
                  binds);
        if (!ok) {
            return false;
        }
    }
    if (!reindex(edit.documentId, beforeIds, {})) {
        return false;
    }
    QList<Id> claimIds;
    for (const ClaimPlacement &c : edit.claims) {
        claimIds.append(c.claimId);
        if (!exec(QStringLiteral(
                      "UPDATE claims SET sentence_id = :s, span_start = :start, span_end = :end WHERE id = :id"),
                {{QStringLiteral(":s"), c.sentenceId},
                    {QStringLiteral(":start"), nullableOffset(c.span.start, c.span.isValid())},
                    {QStringLiteral(":end"), nullableOffset(c.span.end, c.span.isValid())},
                    {QStringLiteral(":id"), c.claimId}})) {
            return false;
        }
    }
    for (const Id id : edit.after) {
        if (after.contains(id) && beforeIds.contains(id)) {
            continue;
        }
        // A claim made on a part since (and not undone) stays, on the first sentence, rather than go with the part.
        if (!exec(QStringLiteral("UPDATE claims SET sentence_id = :to, span_start = NULL, span_end = NULL "
                                 "WHERE sentence_id = :from"),
                {{QStringLiteral(":to"), first.id}, {QStringLiteral(":from"), id}})
            || !exec(QStringLiteral("DELETE FROM sentences WHERE id = :id"), {{QStringLiteral(":id"), id}})) {
            return false;
        }
    }
    // The attributions under their own ids where those are still free (the suggester may have taken one since).
    const qsizetype idColumn = edit.attributions.columns.indexOf(QLatin1String("id"));
    const qsizetype hopAttribution = edit.hops.columns.indexOf(QLatin1String("attribution_id"));
    QHash<Id, Id> newIds;
    for (const QVariantList &row : edit.attributions.rows) {
        const Id id = row.at(idColumn).toLongLong();
        QSqlQuery &taken = StoreAccess::prepared(m_store, QStringLiteral("SELECT id FROM attributions WHERE id = :id"));
        taken.bindValue(QStringLiteral(":id"), id);
        const std::optional<QList<Id>> ids = StoreAccess::selectIds(m_store, taken);
        if (!ids) {
            return false;
        }
        QStringList columns = edit.attributions.columns;
        QVariantList values = row;
        if (!ids->isEmpty()) {
            columns.removeAt(idColumn);
            values.removeAt(idColumn);
        }
        QStringList names;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            names << QStringLiteral(":c%1").arg(c);
        }
        // Column names are the table's own, read from it by snapshot(); the values are bound.
        QSqlQuery &insert = StoreAccess::prepared(m_store,
            QStringLiteral("INSERT INTO attributions (%1) VALUES (%2) RETURNING id")
                .arg(columns.join(QStringLiteral(", ")), names.join(QStringLiteral(", "))));
        for (qsizetype c = 0; c < values.size(); ++c) {
            insert.bindValue(names.at(c), values.at(c));
        }
        const std::optional<Id> added = StoreAccess::insertReturningId(m_store, insert);
        if (!added) {
            return false;
        }
        newIds.insert(id, *added);
    }
    QList<QVariantList> hops = edit.hops.rows;
    for (QVariantList &hop : hops) {
        hop[hopAttribution] = newIds.value(hop.at(hopAttribution).toLongLong());
    }
    if ((!hops.isEmpty()
            && !StoreAccess::insertRows(m_store, QStringLiteral("attribution_hops"), edit.hops.columns, hops, false))
        || !settleOrdinals(edit.documentId, int(edit.before.size() - edit.after.size()))
        || !reindex(edit.documentId, {}, claimIds)
        || !m_store.history().record(
            Sentences, first.id, QStringLiteral("restored"), afterText, describe(edit.before))) {
        return false;
    }
    return transaction.commit();
}

} // namespace Sourcelight
