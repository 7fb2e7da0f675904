#include "catalog/CatalogFilterBar.h"

#include "Icons.h"
#include "widgets/FlowLayout.h"
#include "widgets/Named.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

// Chips are checkable tool buttons; the property drives the style sheet below.
const char *const kChipProperty = "orcChip";

QString chipStyleSheet() {
    return u"QToolButton[orcChip=\"true\"] { border: 1px solid palette(mid);"
           " border-radius: 11px; padding: 2px 6px 2px 4px; background: palette(base); }"
           "QToolButton[orcChip=\"true\"]:hover { border-color: palette(highlight); }"
           "QToolButton[orcChip=\"true\"]:checked { background: palette(highlight);"
           " color: palette(highlighted-text); border-color: palette(highlight); }"_s;
}

} // namespace

CatalogFilterBar::CatalogFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(named(new QLineEdit(this), u"searchEdit"_s))
    , m_author(named(new QComboBox(this), u"authorCombo"_s))
    , m_maxPrice(named(new QDoubleSpinBox(this), u"maxPriceSpin"_s))
    , m_minContext(named(new QComboBox(this), u"minContextCombo"_s))
    , m_count(named(new QLabel(this), u"countLabel"_s))
    , m_reset(
          named(new QPushButton(Icons::action(u"reset"_s), tr("Reset"), this), u"resetButton"_s)) {
    setObjectName(u"catalogFilterBar"_s);
    setStyleSheet(chipStyleSheet());

    m_search->setPlaceholderText(tr("Search name, id or description (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::action(u"search"_s), QLineEdit::LeadingPosition);
    m_search->setToolTip(tr("Every word must appear in the model's id, name or description"));
    m_search->setMinimumWidth(200);

    m_author->addItem(tr("All authors"), QString());
    m_author->setToolTip(tr("Only models from this author (the part of the id before '/')"));
    m_author->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_author->setMinimumContentsLength(12);

    m_maxPrice->setRange(0, 1000);
    m_maxPrice->setDecimals(2);
    m_maxPrice->setSingleStep(0.5);
    m_maxPrice->setPrefix(u"$"_s);
    m_maxPrice->setSuffix(tr("/M"));
    m_maxPrice->setSpecialValueText(tr("any price"));
    m_maxPrice->setAccelerated(true);
    m_maxPrice->setToolTip(tr("Highest input price in USD per million tokens; models with a "
                              "variable price are hidden when a limit is set"));

    const QList<QPair<QString, qint64>> contexts{
        {tr("any context"), 0},
        {tr("\u2265 8K tokens"), 8000},
        {tr("\u2265 32K tokens"), 32000},
        {tr("\u2265 64K tokens"), 64000},
        {tr("\u2265 128K tokens"), 128000},
        {tr("\u2265 200K tokens"), 200000},
        {tr("\u2265 1M tokens"), 1000000},
    };
    for (const auto &[label, tokens] : contexts)
        m_minContext->addItem(label, tokens);
    m_minContext->setToolTip(tr("Smallest context length"));

    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_reset->setToolTip(tr("Clear the search and every filter"));
    m_reset->setEnabled(false);

    auto *maxPriceLabel = new QLabel(tr("Max input:"), this);
    maxPriceLabel->setBuddy(m_maxPrice);

    m_favourites = makeChip(u"chip_favourites"_s, tr("Favourites"), u"star-filled"_s,
                            tr("Only your starred models"));

    // Row 1: the search box takes the width; row 2 wraps when the window is narrow.
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_author);
    top->addWidget(m_favourites);
    top->addSpacing(4);
    top->addWidget(m_count);
    top->addWidget(m_reset);

    auto *price = new QWidget(this);
    auto *priceLayout = new QHBoxLayout(price);
    priceLayout->setContentsMargins(0, 0, 0, 0);
    priceLayout->setSpacing(4);
    priceLayout->addWidget(maxPriceLabel);
    priceLayout->addWidget(m_maxPrice);

    auto *chips = new FlowLayout(nullptr, 5, 5);
    chips->addWidget(price);
    chips->addWidget(m_minContext);
    const struct {
        ModelCapability capability;
        QString name;
        QString text;
        QString icon;
        QString toolTip;
    } chipSpecs[] = {
        {ModelCapability::Vision, u"vision"_s, tr("Vision"), u"vision"_s,
         tr("Accepts images as input")},
        {ModelCapability::ImageOutput, u"image_gen"_s, tr("Image output"), u"image-output"_s,
         tr("Generates images")},
        {ModelCapability::Tools, u"tools"_s, tr("Tools"), u"tools"_s,
         tr("Supports tool (function) calling")},
        {ModelCapability::Reasoning, u"reasoning"_s, tr("Reasoning"), u"reasoning"_s,
         tr("Can think before answering")},
        {ModelCapability::StructuredOutputs, u"structured"_s, tr("Structured"), u"structured"_s,
         tr("Supports structured outputs (JSON schema)")},
        {ModelCapability::AudioInput, u"audio"_s, tr("Audio in"), u"audio-input"_s,
         tr("Accepts audio as input")},
        {ModelCapability::FileInput, u"file"_s, tr("Files in"), u"file-input"_s,
         tr("Accepts files (PDF...) as input")},
        {ModelCapability::LongContext, u"long_context"_s, tr("Long context"), u"long-context"_s,
         tr("At least 100K tokens of context")},
        {ModelCapability::Free, u"free"_s, tr("Free"), u"free"_s, tr("Costs nothing to use")},
    };
    for (const auto &spec : chipSpecs) {
        QToolButton *chip = makeChip(u"chip_"_s + spec.name, spec.text, spec.icon, spec.toolTip);
        m_chips.insert(spec.capability, chip);
        chips->addWidget(chip);
    }
    // Lifecycle chips (issue 18): recently added, and being retired soon.
    m_newChip = makeChip(u"chip_new"_s, tr("New"), u"plus"_s,
                         tr("Added to OpenRouter in the last %n day(s)", nullptr, kRecentDays));
    m_expiringChip =
        makeChip(u"chip_expiring"_s, tr("Expiring"), u"warning"_s,
                 tr("Being retired within %n day(s), or already gone", nullptr, kRecentDays));
    chips->addWidget(m_newChip);
    chips->addWidget(m_expiringChip);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(chips);

    connect(m_search, &QLineEdit::textChanged, this, &CatalogFilterBar::onChanged);
    connect(m_author, &QComboBox::currentIndexChanged, this, &CatalogFilterBar::onChanged);
    connect(m_maxPrice, &QDoubleSpinBox::valueChanged, this, &CatalogFilterBar::onChanged);
    connect(m_minContext, &QComboBox::currentIndexChanged, this, &CatalogFilterBar::onChanged);
    connect(m_reset, &QPushButton::clicked, this, &CatalogFilterBar::reset);
}

QToolButton *CatalogFilterBar::makeChip(const QString &objectName, const QString &text,
                                        const QString &icon, const QString &toolTip) {
    auto *chip = new QToolButton(this);
    chip->setObjectName(objectName);
    chip->setProperty(kChipProperty, true);
    chip->setCheckable(true);
    chip->setText(text);
    chip->setIcon(Icons::action(icon));
    chip->setIconSize(QSize(13, 13));
    chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    chip->setToolTip(toolTip);
    chip->setFocusPolicy(Qt::TabFocus);
    connect(chip, &QToolButton::toggled, this, &CatalogFilterBar::onChanged);
    return chip;
}

ModelQuery CatalogFilterBar::query() const {
    ModelQuery query;
    query.setText(m_search->text());
    ModelCapabilities capabilities;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        if (it.value()->isChecked())
            capabilities |= it.key();
    }
    query.setRequiredCapabilities(capabilities);
    if (m_maxPrice->value() > 0)
        query.setMaxPromptPricePerMillion(m_maxPrice->value());
    query.setMinContextLength(m_minContext->currentData().toLongLong());
    const QString author = m_author->currentData().toString();
    if (!author.isEmpty())
        query.setAuthors({author});
    query.setFavouritesOnly(m_favourites->isChecked());
    if (m_newChip->isChecked())
        query.setAddedSince(QDateTime::currentDateTimeUtc().addDays(-kRecentDays));
    if (m_expiringChip->isChecked())
        query.setExpiringWithin(kRecentDays);
    return query;
}

void CatalogFilterBar::setAuthors(const QList<QPair<QString, int>> &authors) {
    const QString current = m_author->currentData().toString();
    {
        const QSignalBlocker blocker(m_author);
        while (m_author->count() > 1)
            m_author->removeItem(1);
        for (const auto &[author, count] : authors)
            m_author->addItem(u"%1 (%2)"_s.arg(author).arg(count), author);
        const int index = current.isEmpty() ? 0 : m_author->findData(current);
        m_author->setCurrentIndex(index < 0 ? 0 : index);
    }
    if (m_author->currentData().toString() != current)
        onChanged(); // the chosen author is gone
}

void CatalogFilterBar::setCounts(int shown, int total) {
    m_count->setText(total == 1 ? tr("%1 of 1 model").arg(shown)
                                : tr("%1 of %2 models").arg(shown).arg(total));
}

void CatalogFilterBar::reset() {
    m_resetting = true;
    m_search->clear();
    m_author->setCurrentIndex(0);
    m_maxPrice->setValue(0);
    m_minContext->setCurrentIndex(0);
    for (QToolButton *chip : std::as_const(m_chips))
        chip->setChecked(false);
    m_favourites->setChecked(false);
    m_newChip->setChecked(false);
    m_expiringChip->setChecked(false);
    m_resetting = false;
    onChanged();
}

void CatalogFilterBar::onChanged() {
    if (m_resetting)
        return;
    m_reset->setEnabled(hasFilter());
    emit queryChanged();
}

} // namespace orc
