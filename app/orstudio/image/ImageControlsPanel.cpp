#include "image/ImageControlsPanel.h"

#include "Icons.h"
#include "image/AspectRatioButton.h"
#include "image/InputImageStrip.h"
#include "widgets/Named.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

// Checks `wanted`, else `fallback`, else the group's first button (none when it is empty).
void checkPreferred(QButtonGroup *group, QAbstractButton *wanted, QAbstractButton *fallback) {
    if (!wanted)
        wanted = fallback;
    if (!wanted && !group->buttons().isEmpty())
        wanted = group->buttons().constFirst();
    if (wanted)
        wanted->setChecked(true);
}

constexpr int kAspectColumns = 5;

QString sizeLabel(const QString &size) {
    return size == "512"_L1 ? u"0.5K"_s : size;
}

} // namespace

ImageControlsPanel::ImageControlsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(named(new QComboBox(this), u"imageModel"_s))
    , m_prompt(named(new QPlainTextEdit(this), u"imagePrompt"_s))
    , m_historyButton(named(new QToolButton(this), u"promptHistory"_s))
    , m_aspectGrid(new QGridLayout)
    , m_aspectGroup(new QButtonGroup(this))
    , m_sizeRow(new QHBoxLayout)
    , m_sizeGroup(new QButtonGroup(this))
    , m_background(named(new QComboBox(this), u"imageBackground"_s))
    , m_quality(named(new QComboBox(this), u"imageQuality"_s))
    , m_format(named(new QComboBox(this), u"imageFormat"_s))
    , m_count(named(new QSpinBox(this), u"imageCount"_s))
    , m_countHint(new QLabel(this))
    , m_inputs(new InputImageStrip(this))
    , m_pixels(named(new QLabel(this), u"imagePixelSize"_s))
    , m_routeLabel(named(new QLabel(this), u"imageRoute"_s))
    , m_generate(named(new QPushButton(Icons::action(u"send"_s), tr("&Generate"), this),
                       u"generateButton"_s)) {
    setObjectName(u"imageControls"_s);

    // Model
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(18);
    auto *catalogButton = new QToolButton(this);
    catalogButton->setObjectName(u"imageCatalogButton"_s);
    catalogButton->setIcon(Icons::action(u"catalog"_s));
    catalogButton->setToolTip(tr("Find an image model in the catalog"));
    connect(catalogButton, &QToolButton::clicked, this, &ImageControlsPanel::catalogRequested);
    auto *modelRow = new QWidget(this);
    auto *modelLayout = new QHBoxLayout(modelRow);
    modelLayout->setContentsMargins(0, 0, 0, 0);
    modelLayout->addWidget(m_model, 1);
    modelLayout->addWidget(catalogButton);
    m_routeLabel->setWordWrap(true);
    m_routeLabel->setEnabled(false);
    connect(m_model, &QComboBox::currentIndexChanged, this,
            [this] { emit modelChanged(modelId()); });

    // Prompt + history
    m_prompt->setPlaceholderText(tr("Describe the image, or the change to make to the input "
                                    "images. Ctrl+Enter generates; Ctrl+Up/Down browse "
                                    "earlier prompts."));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setMinimumHeight(72);
    m_prompt->setMaximumHeight(120);
    m_prompt->installEventFilter(this);
    m_historyButton->setIcon(Icons::action(u"refresh"_s));
    m_historyButton->setText(tr("History"));
    m_historyButton->setToolTip(tr("Earlier prompts"));
    m_historyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_historyButton->setPopupMode(QToolButton::InstantPopup);
    m_historyButton->setMenu(new QMenu(m_historyButton));
    connect(m_historyButton->menu(), &QMenu::aboutToShow, this,
            &ImageControlsPanel::fillHistoryMenu);
    auto *promptBox = new QWidget(this);
    auto *promptLayout = new QVBoxLayout(promptBox);
    promptLayout->setContentsMargins(0, 0, 0, 0);
    promptLayout->addWidget(m_prompt);
    auto *historyRow = new QHBoxLayout;
    historyRow->addStretch();
    historyRow->addWidget(m_historyButton);
    promptLayout->addLayout(historyRow);

    // Aspect ratio and size
    auto *aspectBox = new QWidget(this);
    m_aspectGrid->setSpacing(4);
    m_aspectGrid->setContentsMargins(0, 0, 0, 0);
    aspectBox->setLayout(m_aspectGrid);
    m_aspectGroup->setExclusive(true);
    connect(m_aspectGroup, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *button) {
        m_wantedRatio = static_cast<AspectRatioButton *>(button)->ratio();
        updatePixelSize();
    });
    auto *sizeBox = new QWidget(this);
    m_sizeRow->setContentsMargins(0, 0, 0, 0);
    m_sizeRow->setSpacing(4);
    sizeBox->setLayout(m_sizeRow);
    m_sizeGroup->setExclusive(true);
    connect(m_sizeGroup, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *button) {
        m_wantedSize = button->property("imageSize").toString();
        updatePixelSize();
    });
    m_pixels->setEnabled(false);

    // Background, quality, format, count
    m_count->setRange(1, 1);
    m_countHint->setEnabled(false);
    m_countHint->setWordWrap(true);
    auto *countBox = new QWidget(this);
    auto *countLayout = new QHBoxLayout(countBox);
    countLayout->setContentsMargins(0, 0, 0, 0);
    countLayout->addWidget(m_count);
    countLayout->addWidget(m_countHint, 1);

    connect(m_inputs, &InputImageStrip::problem, this, &ImageControlsPanel::problem);

    m_generate->setDefault(true);
    m_generate->setMinimumHeight(34);
    connect(m_generate, &QPushButton::clicked, this, &ImageControlsPanel::generateRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(section(tr("Model"), modelRow));
    layout->addWidget(m_routeLabel);
    layout->addWidget(section(tr("Prompt"), promptBox));
    m_aspectSection = section(tr("Aspect ratio"), aspectBox);
    layout->addWidget(m_aspectSection);
    m_sizeSection = section(tr("Size"), sizeBox);
    layout->addWidget(m_sizeSection);
    layout->addWidget(m_pixels);
    m_backgroundSection = section(tr("Background"), m_background);
    layout->addWidget(m_backgroundSection);
    m_qualitySection = section(tr("Quality"), m_quality);
    layout->addWidget(m_qualitySection);
    m_formatSection = section(tr("Output format"), m_format);
    layout->addWidget(m_formatSection);
    layout->addWidget(section(tr("Number of images"), countBox));
    m_inputSection = section(tr("Input images"), m_inputs);
    layout->addWidget(m_inputSection);
    layout->addStretch();
    // The page places m_generate below the scrolling controls, so it is always visible.

    setOptions({});
}

QWidget *ImageControlsPanel::section(const QString &title, QWidget *content, QLabel **titleOut) {
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(3);
    auto *label = new QLabel(title, box);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setBuddy(content);
    v->addWidget(label);
    v->addWidget(content);
    if (titleOut)
        *titleOut = label;
    return box;
}

void ImageControlsPanel::setModels(const QList<ModelInfo> &catalog,
                                   const ImageModels &imageModels) {
    const QString current = modelId();
    const QSignalBlocker block(m_model);
    m_model->clear();
    QStringList seen;
    QList<std::pair<QString, QString>> entries; // name, id
    for (const ModelInfo &m : catalog) {
        if (m.supportsImageOutput() && !seen.contains(m.id())) {
            seen.append(m.id());
            entries.append({m.displayName(), m.id()});
        }
    }
    for (const ImageModel &m : imageModels.models()) {
        if (!seen.contains(m.id)) {
            seen.append(m.id);
            entries.append({m.name.isEmpty() ? m.id : m.name, m.id});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return a.first.compare(b.first, Qt::CaseInsensitive) < 0;
    });
    for (const auto &[name, id] : entries) {
        m_model->addItem(name, id);
        m_model->setItemData(m_model->count() - 1, id, Qt::ToolTipRole);
    }
    if (!current.isEmpty())
        selectModel(current);
    if (modelId() != current)
        emit modelChanged(modelId());
}

void ImageControlsPanel::selectModel(const QString &id) {
    if (id.isEmpty())
        return;
    int index = m_model->findData(id);
    if (index < 0) {
        m_model->addItem(id, id);
        index = m_model->count() - 1;
    }
    m_model->setCurrentIndex(index);
}

QString ImageControlsPanel::modelId() const {
    return m_model->currentData().toString();
}

void ImageControlsPanel::setOptions(const ImageModelOptions &options) {
    m_options = options;
    rebuildAspectButtons(options.aspectRatios);
    rebuildSizeButtons(options.sizes);
    const QString background = m_background->currentData().toString();
    fillCombo(m_background, options.backgrounds, false);
    selectData(m_background, background.isEmpty() ? u"auto"_s : background);
    m_backgroundSection->setVisible(!options.backgrounds.isEmpty());
    const QString quality = m_quality->currentData().toString();
    fillCombo(m_quality, options.qualities, true);
    selectData(m_quality, quality);
    m_qualitySection->setVisible(!options.qualities.isEmpty());
    const QString format = m_format->currentData().toString();
    fillCombo(m_format, options.outputFormats, true);
    selectData(m_format, format);
    m_formatSection->setVisible(!options.outputFormats.isEmpty());

    m_count->setRange(1, std::max(1, options.maxCount));
    m_count->setEnabled(options.maxCount > 1);
    if (!options.canGenerate())
        m_countHint->clear();
    else if (options.route.api == ImageApi::ChatCompletions)
        m_countHint->setText(tr("one request per image"));
    else if (options.maxCount <= 1)
        m_countHint->setText(tr("this model makes one image per request"));
    else
        m_countHint->setText(tr("up to %1 in one request").arg(options.maxCount));

    m_inputs->setLimit(options.canGenerate() ? options.maxInputImages : 0);
    if (!options.canGenerate()) {
        m_routeLabel->setText(options.route.error);
    } else if (options.route.api == ImageApi::ImagesEndpoint) {
        m_routeLabel->setText(tr("Images API · options as the model declares them"));
    } else {
        const QString modalities = options.route.modalities.join(u" + "_s);
        m_routeLabel->setText(
            options.route.fromCatalog
                ? tr("Chat completions · output %1").arg(modalities)
                : tr("Chat completions · not in the catalog, trying %1").arg(modalities));
    }
    updatePixelSize();
}

void ImageControlsPanel::rebuildAspectButtons(const QStringList &ratios) {
    for (QAbstractButton *b : m_aspectGroup->buttons()) {
        m_aspectGroup->removeButton(b);
        delete b;
    }
    int i = 0;
    for (const QString &ratio : ratios) {
        auto *button = new AspectRatioButton(ratio, this);
        m_aspectGroup->addButton(button);
        m_aspectGrid->addWidget(button, i / kAspectColumns, i % kAspectColumns);
        ++i;
    }
    m_aspectSection->setVisible(!ratios.isEmpty());
    checkPreferred(m_aspectGroup, aspectButton(m_wantedRatio), aspectButton(u"1:1"_s));
}

void ImageControlsPanel::rebuildSizeButtons(const QStringList &sizes) {
    for (QAbstractButton *b : m_sizeGroup->buttons()) {
        m_sizeGroup->removeButton(b);
        delete b;
    }
    while (QLayoutItem *item = m_sizeRow->takeAt(0))
        delete item;
    for (const QString &size : sizes) {
        auto *button = new QToolButton(this);
        button->setObjectName(u"size-"_s + size);
        button->setText(sizeLabel(size));
        button->setProperty("imageSize", size);
        button->setCheckable(true);
        button->setMinimumWidth(48);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // The chosen size in bold, like the chosen ratio: a dark palette barely shades a
        // checked tool button.
        connect(button, &QToolButton::toggled, button, [button](bool on) {
            QFont f = button->font();
            f.setBold(on);
            button->setFont(f);
        });
        m_sizeGroup->addButton(button);
        m_sizeRow->addWidget(button);
    }
    m_sizeRow->addStretch();
    m_sizeSection->setVisible(!sizes.isEmpty());
    checkPreferred(m_sizeGroup, sizeButton(m_wantedSize), sizeButton(u"1K"_s));
}

void ImageControlsPanel::fillCombo(QComboBox *box, const QStringList &values, bool withDefault) {
    const QSignalBlocker block(box);
    box->clear();
    if (withDefault && !values.isEmpty())
        box->addItem(tr("Model default"), QString());
    for (const QString &v : values)
        box->addItem(v == "auto"_L1 ? tr("Auto") : v, v);
}

void ImageControlsPanel::selectData(QComboBox *box, const QString &value) {
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

AspectRatioButton *ImageControlsPanel::aspectButton(const QString &ratio) const {
    for (QAbstractButton *b : m_aspectGroup->buttons())
        if (static_cast<AspectRatioButton *>(b)->ratio() == ratio)
            return static_cast<AspectRatioButton *>(b);
    return nullptr;
}

QList<AspectRatioButton *> ImageControlsPanel::aspectButtons() const {
    QList<AspectRatioButton *> out;
    for (QAbstractButton *b : m_aspectGroup->buttons())
        out.append(static_cast<AspectRatioButton *>(b));
    return out;
}

QAbstractButton *ImageControlsPanel::sizeButton(const QString &size) const {
    for (QAbstractButton *b : m_sizeGroup->buttons())
        if (b->property("imageSize").toString() == size)
            return b;
    return nullptr;
}

QString ImageControlsPanel::checkedRatio() const {
    auto *b = static_cast<AspectRatioButton *>(m_aspectGroup->checkedButton());
    return b ? b->ratio() : QString();
}

QString ImageControlsPanel::checkedSize() const {
    QAbstractButton *b = m_sizeGroup->checkedButton();
    return b ? b->property("imageSize").toString() : QString();
}

ImageRequest ImageControlsPanel::request() const {
    ImageRequest r;
    r.model = modelId();
    r.prompt = m_prompt->toPlainText().trimmed();
    r.aspectRatio = m_options.aspectRatios.isEmpty() ? QString() : checkedRatio();
    r.imageSize = m_options.sizes.isEmpty() ? QString() : checkedSize();
    r.background =
        m_options.backgrounds.isEmpty() ? QString() : m_background->currentData().toString();
    r.quality = m_options.qualities.isEmpty() ? QString() : m_quality->currentData().toString();
    r.outputFormat =
        m_options.outputFormats.isEmpty() ? QString() : m_format->currentData().toString();
    r.count = m_count->value();
    r.inputImages = m_inputs->parts();
    return r;
}

void ImageControlsPanel::applyRequest(const ImageRequest &r) {
    if (!r.model.isEmpty())
        selectModel(r.model); // emits modelChanged: the page sets the options first
    m_prompt->setPlainText(r.prompt);
    m_history.resetBrowsing();
    if (!r.aspectRatio.isEmpty()) {
        m_wantedRatio = r.aspectRatio;
        if (AspectRatioButton *b = aspectButton(r.aspectRatio))
            b->setChecked(true);
    }
    if (!r.imageSize.isEmpty()) {
        m_wantedSize = r.imageSize;
        if (QAbstractButton *b = sizeButton(r.imageSize))
            b->setChecked(true);
    }
    if (!r.background.isEmpty())
        selectData(m_background, r.background);
    selectData(m_quality, r.quality);
    selectData(m_format, r.outputFormat);
    m_count->setValue(std::clamp(r.count, m_count->minimum(), m_count->maximum()));
    updatePixelSize();
}

void ImageControlsPanel::setBusy(bool busy) {
    m_generate->setEnabled(!busy && m_options.canGenerate());
    m_model->setEnabled(!busy);
}

void ImageControlsPanel::setGenerateEnabled(bool enabled, const QString &why) {
    m_generate->setEnabled(enabled);
    m_generate->setToolTip(why);
}

void ImageControlsPanel::updatePixelSize() {
    const QSize size = ImageRequest::nominalPixelSize(checkedRatio(), checkedSize());
    if (size.isValid())
        m_pixels->setText(tr("about %1 × %2 px").arg(size.width()).arg(size.height()));
    else
        m_pixels->clear();
    m_pixels->setVisible(size.isValid());
}

void ImageControlsPanel::fillHistoryMenu() {
    QMenu *menu = m_historyButton->menu();
    menu->clear();
    if (m_history.entries().isEmpty()) {
        menu->addAction(tr("No earlier prompts"))->setEnabled(false);
        return;
    }
    for (const QString &prompt : m_history.entries()) {
        QString label = prompt.simplified();
        if (label.size() > 80)
            label = label.left(79) + u'…';
        QAction *action = menu->addAction(label);
        action->setToolTip(prompt);
        connect(action, &QAction::triggered, this, [this, prompt] {
            m_prompt->setPlainText(prompt);
            m_history.resetBrowsing();
        });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Clear History")), &QAction::triggered, this,
            [this] { m_history.clear(); });
}

bool ImageControlsPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_prompt && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrl = key->modifiers() & Qt::ControlModifier;
        if (ctrl && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            if (m_generate->isEnabled())
                emit generateRequested();
            return true;
        }
        QString text;
        if (ctrl && key->key() == Qt::Key_Up) {
            if (m_history.previous(m_prompt->toPlainText(), &text))
                m_prompt->setPlainText(text);
            return true;
        }
        if (ctrl && key->key() == Qt::Key_Down) {
            if (m_history.next(&text))
                m_prompt->setPlainText(text);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace orc
