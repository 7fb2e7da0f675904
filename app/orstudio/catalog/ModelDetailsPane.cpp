#include "catalog/ModelDetailsPane.h"

#include "Icons.h"
#include "catalog/EndpointsPanel.h"
#include "catalog/ModelDetailsDocument.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/FlowLayout.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

ModelDetailsPane::ModelDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_endpoints(new EndpointsPanel(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_chat(new QPushButton(Icons::action(u"chat"_s), tr("Chat with this model"), this))
    , m_image(
          new QPushButton(Icons::action(u"image"_s), tr("Generate images with this model"), this))
    , m_favourite(new QToolButton(this))
    , m_copy(new QToolButton(this)) {
    setObjectName(u"modelDetails"_s);
    m_browser->setObjectName(u"detailsBrowser"_s);
    m_chat->setObjectName(u"chatButton"_s);
    m_image->setObjectName(u"imageButton"_s);
    m_favourite->setObjectName(u"favouriteButton"_s);
    m_copy->setObjectName(u"copyIdButton"_s);

    auto *placeholder = new EmptyStateWidget(this);
    placeholder->setIcon(Icons::action(u"info"_s));
    placeholder->setTitle(tr("No model selected"));
    placeholder->setMessage(
        tr("Select a model in the list to see its description, prices and limits."));
    m_placeholder = placeholder;

    m_browser->setOpenExternalLinks(true);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(10);

    m_chat->setDefault(true);
    m_chat->setToolTip(tr("Open the chat with this model selected (Enter in the list)"));
    m_image->setToolTip(tr("Open the image studio with this model selected"));
    m_favourite->setCheckable(true);
    m_favourite->setAutoRaise(true);
    m_favourite->setIcon(Icons::action(u"star"_s));
    m_favourite->setToolTip(tr("Mark as a favourite (Ctrl+D)"));
    m_copy->setIcon(Icons::action(u"copy"_s));
    m_copy->setAutoRaise(true);
    m_copy->setToolTip(tr("Copy the model id"));

    connect(m_chat, &QPushButton::clicked, this, [this] {
        if (hasModel())
            emit chatRequested(m_model);
    });
    connect(m_image, &QPushButton::clicked, this, [this] {
        if (hasModel() && m_model.supportsImageOutput())
            emit imageRequested(m_model);
    });
    connect(m_favourite, &QToolButton::toggled, this, [this](bool on) {
        m_favourite->setIcon(Icons::action(on ? u"star-filled"_s : u"star"_s));
        if (hasModel())
            emit favouriteToggled(m_model.id(), on);
    });
    connect(m_copy, &QToolButton::clicked, this, [this] {
        if (hasModel())
            QApplication::clipboard()->setText(m_model.id());
    });

    auto *content = new QWidget(this);
    // The actions wrap when the pane is narrow, so they never widen it.
    auto *buttons = new FlowLayout(nullptr, 6, 6);
    buttons->setContentsMargins(10, 6, 10, 10);
    buttons->addWidget(m_favourite);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_chat);
    buttons->addWidget(m_image);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    topLayout->addWidget(m_browser, 1);
    topLayout->addLayout(buttons);
    m_split->setObjectName(u"detailsSplitter"_s);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(top);
    m_split->addWidget(m_endpoints);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    contentLayout->addWidget(m_split, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

void ModelDetailsPane::setModel(const ModelInfo &model, bool favourite) {
    if (!model.isValid()) {
        clear();
        return;
    }
    const bool changed = model != m_model || m_browser->document()->isEmpty();
    m_model = model;
    if (changed) {
        ModelDetailsDocument::render(m_browser->document(), model);
        m_browser->moveCursor(QTextCursor::Start);
        m_browser->verticalScrollBar()->setValue(0);
    }
    m_image->setVisible(model.supportsImageOutput());
    setFavourite(favourite);
    m_stack->setCurrentIndex(1);
    m_endpoints->showModel(model.id());
}

void ModelDetailsPane::clear() {
    m_model = ModelInfo();
    m_browser->clear();
    m_endpoints->clear();
    m_image->hide();
    setFavourite(false);
    m_stack->setCurrentWidget(m_placeholder);
}

void ModelDetailsPane::setEndpointSource(OpenRouterClient *client, const RoutingCache &cache) {
    m_endpoints->setSource(client, cache);
}

void ModelDetailsPane::setFavourite(bool favourite) {
    const QSignalBlocker blocker(m_favourite);
    m_favourite->setChecked(favourite);
    m_favourite->setIcon(Icons::action(favourite ? u"star-filled"_s : u"star"_s));
}

} // namespace orc
