#include "chat/RoutingSettingsBox.h"

#include "store/Settings.h"
#include "widgets/Named.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr double kNoLimit = -0.01; // the spin boxes' minimum shows "No limit"

QStringList names(const QLineEdit *edit) {
    QStringList out;
    for (const QString &part : edit->text().split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QDoubleSpinBox *priceBox(QWidget *parent, const QString &tip) {
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(kNoLimit, 10000);
    box->setDecimals(2);
    box->setSingleStep(0.5);
    box->setPrefix(u"$"_s);
    box->setSpecialValueText(RoutingSettingsBox::tr("No limit"));
    box->setValue(kNoLimit);
    box->setToolTip(tip);
    return box;
}

std::optional<double> limit(const QDoubleSpinBox *box) {
    return box->value() > box->minimum() ? std::optional<double>(box->value()) : std::nullopt;
}

} // namespace

RoutingSettingsBox::RoutingSettingsBox(QWidget *parent)
    : QWidget(parent)
    , m_profile(named(new QComboBox(this), u"routingProfile"_s))
    , m_private(
          named(new QCheckBox(tr("Private (ZDR, no data collection)"), this), u"privateMode"_s))
    , m_order(named(new QLineEdit(this), u"providerOrder"_s))
    , m_only(named(new QLineEdit(this), u"providerOnly"_s))
    , m_ignore(named(new QLineEdit(this), u"providerIgnore"_s))
    , m_maxPrompt(named(priceBox(this, tr("Most a provider may charge per million input tokens")),
                        u"maxPricePrompt"_s))
    , m_maxCompletion(
          named(priceBox(this, tr("Most a provider may charge per million output tokens")),
                u"maxPriceCompletion"_s))
    , m_fallbacks(
          named(new QCheckBox(tr("Let other providers step in"), this), u"allowFallbacks"_s))
    , m_warning(named(new QLabel(this), u"routingWarning"_s)) {
    setObjectName(u"routingSettings"_s);

    m_profile->setToolTip(tr("How OpenRouter picks a provider for this conversation"));
    m_private->setToolTip(tr("Zero data retention: only endpoints that keep nothing, of "
                             "providers that do not train on or store your data"));
    m_order->setPlaceholderText(tr("e.g. deepinfra, fireworks"));
    m_order->setToolTip(tr("Providers to try first, in this order (comma-separated slugs)"));
    m_only->setPlaceholderText(tr("any provider"));
    m_only->setToolTip(tr("Use only these providers"));
    m_ignore->setPlaceholderText(tr("none"));
    m_ignore->setToolTip(tr("Never use these providers"));
    m_fallbacks->setToolTip(tr("When the providers tried first fail or are busy, others may "
                               "answer"));
    m_fallbacks->setChecked(true);
    m_warning->setWordWrap(true);
    m_warning->hide();
    reloadProfiles();

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Pro&file"), m_profile);
    form->addRow(m_private);
    form->addRow(tr("Try &first"), m_order);
    form->addRow(tr("O&nly"), m_only);
    form->addRow(tr("I&gnore"), m_ignore);
    form->addRow(tr("Max $/M in"), m_maxPrompt);
    form->addRow(tr("Max $/M out"), m_maxCompletion);
    form->addRow(m_fallbacks);
    form->addRow(m_warning);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &RoutingSettingsBox::onEdited);
    connect(m_private, &QCheckBox::toggled, this, &RoutingSettingsBox::onEdited);
    for (QLineEdit *edit : {m_order, m_only, m_ignore})
        connect(edit, &QLineEdit::editingFinished, this, &RoutingSettingsBox::onEdited);
    connect(m_maxPrompt, &QDoubleSpinBox::valueChanged, this, &RoutingSettingsBox::onEdited);
    connect(m_maxCompletion, &QDoubleSpinBox::valueChanged, this, &RoutingSettingsBox::onEdited);
    connect(m_fallbacks, &QCheckBox::toggled, this, &RoutingSettingsBox::onEdited);
}

void RoutingSettingsBox::reloadProfiles() {
    const QString current = m_profile->currentData().toString();
    const bool updating = m_updating;
    m_updating = true;
    m_profile->clear();
    for (const RoutingProfile &p : Settings().routingProfiles())
        m_profile->addItem(p.name, p.id == "default"_L1 ? QString() : p.id);
    const int index = m_profile->findData(current);
    m_profile->setCurrentIndex(index < 0 ? 0 : index);
    m_updating = updating;
}

void RoutingSettingsBox::showEvent(QShowEvent *event) {
    reloadProfiles(); // the catalogue may have pinned a provider since
    updateWarning();
    QWidget::showEvent(event);
}

void RoutingSettingsBox::setRouting(const ChatRouting &r) {
    m_updating = true;
    int index = m_profile->findData(r.profileId == "default"_L1 ? QString() : r.profileId);
    if (index < 0 && !r.profileId.isEmpty()) {
        // A profile that is gone: kept, and shown as such, until the user picks another.
        m_profile->addItem(tr("%1 (deleted)").arg(r.profileId), r.profileId);
        index = m_profile->count() - 1;
    }
    m_profile->setCurrentIndex(index < 0 ? 0 : index);
    m_private->setChecked(r.privateMode);
    m_order->setText(r.overrides.order.join(u", "_s));
    m_only->setText(r.overrides.only.join(u", "_s));
    m_ignore->setText(r.overrides.ignore.join(u", "_s));
    m_maxPrompt->setValue(r.overrides.maxPrice.prompt.value_or(kNoLimit));
    m_maxCompletion->setValue(r.overrides.maxPrice.completion.value_or(kNoLimit));
    m_fallbacks->setChecked(r.overrides.allowFallbacks.value_or(true));
    m_updating = false;
    updateWarning();
}

ChatRouting RoutingSettingsBox::routing() const {
    ChatRouting r;
    r.profileId = m_profile->currentData().toString();
    r.privateMode = m_private->isChecked();
    r.overrides.order = names(m_order);
    r.overrides.only = names(m_only);
    r.overrides.ignore = names(m_ignore);
    r.overrides.maxPrice.prompt = limit(m_maxPrompt);
    r.overrides.maxPrice.completion = limit(m_maxCompletion);
    if (!m_fallbacks->isChecked())
        r.overrides.allowFallbacks = false;
    return r;
}

void RoutingSettingsBox::setModelId(const QString &modelId) {
    m_modelId = modelId;
    updateWarning();
}

void RoutingSettingsBox::setCache(const RoutingCache &cache) {
    m_cache = cache;
    updateWarning();
}

void RoutingSettingsBox::onEdited() {
    updateWarning();
    if (!m_updating)
        emit routingChanged(routing());
}

void RoutingSettingsBox::updateWarning() {
    QStringList problems;
    const auto providers = m_cache.providers();
    if (providers.isOk() && !providers.value.isEmpty()) {
        QStringList unknown;
        for (const QLineEdit *edit : {m_order, m_only, m_ignore})
            for (const QString &name : names(edit))
                if (!ProviderInfo::find(providers.value, name.section(u'/', 0, 0)))
                    unknown << name;
        if (!unknown.isEmpty())
            problems << tr("OpenRouter lists no provider named %1.").arg(unknown.join(u", "_s));
    }
    const auto endpoints = m_modelId.isEmpty() ? RoutingCache::Entry<ModelEndpoints>()
                                               : m_cache.modelEndpoints(m_modelId);
    if (endpoints.isOk()) {
        const QLocale locale;
        const auto cheapestIn = endpoints.value.cheapestPromptPerMillion();
        const auto cheapestOut = endpoints.value.cheapestCompletionPerMillion();
        if (const auto cap = limit(m_maxPrompt); cap && cheapestIn && *cap < *cheapestIn)
            problems << tr("No provider of this model charges less than $%1/M for input.")
                            .arg(locale.toString(*cheapestIn, 'f', 2));
        if (const auto cap = limit(m_maxCompletion); cap && cheapestOut && *cap < *cheapestOut)
            problems << tr("No provider of this model charges less than $%1/M for output.")
                            .arg(locale.toString(*cheapestOut, 'f', 2));
    }
    m_warning->setText(problems.join(u' '));
    m_warning->setVisible(!problems.isEmpty());
}

} // namespace orc
