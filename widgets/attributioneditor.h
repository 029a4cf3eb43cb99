#pragma once

#include "storetypes.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QModelIndex;
class QToolButton;

namespace Sourcelight {

class Project;

/// The attribution of the current sentence: the source picker, the via chain, the source's profile (anonymous,
/// on the record, count, title) and the quote type. Every edit goes through the project's undo commands.
class AttributionEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributionEditor)

public:
    explicit AttributionEditor(Project *project, QWidget *parent = nullptr);
    ~AttributionEditor() override;

    /// Shows the attribution of sentenceId, at index of the sentence model (0: none).
    void showSentence(Id sentenceId, const QModelIndex &index);
    /// Refills the source pickers (a project was opened, sources were renamed or merged), keeping typed text.
    void reloadSources();

    void focusSourcePicker();
    QWidget *firstInFocusChain() const;
    QWidget *lastInFocusChain() const;

private:
    void buildSource(QFormLayout *form);
    void buildVia(QFormLayout *form);
    void buildProfile(QFormLayout *form);
    void retranslateUi();
    void fillSourceCombo(QComboBox *combo);
    /// The source the typed text names: the store's lookup of its name part (before "→") as an id, name or alias
    /// without regard to case, else a new source the user creates in the New Source dialog; nullopt when empty or
    /// cancelled.
    std::optional<Id> sourceForTypedText(const QString &text);
    std::optional<Id> createSourceNamed(const QString &name);
    std::optional<AttributionRecord> effectiveAttribution() const;
    QList<Id> currentVia() const;
    void commitSourcePicker();
    void addVia();
    void moveVia(int delta);
    void commitVia(const QList<Id> &via);
    void commitProfile();

    Project *m_project;
    Id m_sentenceId = 0;
    bool m_updating = false;

    QLabel *m_sourceLabel = nullptr;
    QComboBox *m_sourcePicker = nullptr;
    QToolButton *m_newSourceButton = nullptr;
    QLabel *m_viaLabel = nullptr;
    QListWidget *m_viaList = nullptr;
    QComboBox *m_viaPicker = nullptr;
    QToolButton *m_viaAdd = nullptr;
    QToolButton *m_viaRemove = nullptr;
    QToolButton *m_viaUp = nullptr;
    QToolButton *m_viaDown = nullptr;
    QCheckBox *m_anonymous = nullptr;
    QCheckBox *m_onRecord = nullptr;
    QLabel *m_countLabel = nullptr;
    QComboBox *m_count = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_quoteLabel = nullptr;
    QComboBox *m_quoteType = nullptr;
    QLabel *m_originLabel = nullptr;
};

} // namespace Sourcelight
