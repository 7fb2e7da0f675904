#pragma once

#include "domain/ModelInfo.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace orc {

class EndpointsPanel;
class OpenRouterClient;
class RoutingCache;

// The right-hand side of the catalogue: everything about the selected model (rendered by
// ModelDetailsDocument) and what to do with it: chat, generate images (image-output models
// only), star it, copy its id; below, the providers serving it (EndpointsPanel). Without a model
// it says how to pick one.
class ModelDetailsPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelDetailsPane)
public:
    explicit ModelDetailsPane(QWidget *parent = nullptr);

    void setModel(const ModelInfo &model, bool favourite);
    void clear();
    void setFavourite(bool favourite);
    // Where the providers table gets its listings (without it: the cache only).
    void setEndpointSource(OpenRouterClient *client, const RoutingCache &cache);
    const ModelInfo &model() const { return m_model; }
    bool hasModel() const { return m_model.isValid(); }

    QTextBrowser *browser() const { return m_browser; }
    QPushButton *chatButton() const { return m_chat; }
    QPushButton *imageButton() const { return m_image; }
    QToolButton *favouriteButton() const { return m_favourite; }
    EndpointsPanel *endpoints() const { return m_endpoints; }

signals:
    void chatRequested(const orc::ModelInfo &model);
    void imageRequested(const orc::ModelInfo &model);
    void favouriteToggled(const QString &id, bool favourite);

private:
    ModelInfo m_model;
    QStackedWidget *m_stack;
    QWidget *m_placeholder;
    QTextBrowser *m_browser;
    EndpointsPanel *m_endpoints;
    QSplitter *m_split;
    QPushButton *m_chat;
    QPushButton *m_image;
    QToolButton *m_favourite;
    QToolButton *m_copy;
};

} // namespace orc
