#pragma once

#include "api/ImageModels.h"
#include "domain/ImageRequest.h"
#include "domain/ModelInfo.h"
#include "image/ImageModelOptions.h"
#include "image/PromptHistory.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace orc {

class AspectRatioButton;
class InputImageStrip;

// The studio's left column: model picker (image-output models only), prompt with history,
// and the controls the chosen model accepts (setOptions() shows, hides and fills them), then
// Generate. request() reads everything back as an ImageRequest; applyRequest() restores one
// (gallery re-run, an image dropped back in).
class ImageControlsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageControlsPanel)
public:
    explicit ImageControlsPanel(QWidget *parent = nullptr);

    // The picker lists the catalogue's image-output models plus those of GET /images/models.
    void setModels(const QList<ModelInfo> &catalog, const ImageModels &imageModels);
    // Selects `id`, adding it to the list when it is not there yet.
    void selectModel(const QString &id);
    QString modelId() const;
    void setOptions(const ImageModelOptions &options);
    const ImageModelOptions &options() const { return m_options; }

    ImageRequest request() const; // including the input images
    void applyRequest(const ImageRequest &request);
    void setBusy(bool busy);
    void setGenerateEnabled(bool enabled, const QString &why = {});

    QComboBox *modelBox() const { return m_model; }
    QPlainTextEdit *promptEdit() const { return m_prompt; }
    AspectRatioButton *aspectButton(const QString &ratio) const;
    QList<AspectRatioButton *> aspectButtons() const;
    QAbstractButton *sizeButton(const QString &size) const;
    QComboBox *backgroundBox() const { return m_background; }
    QComboBox *qualityBox() const { return m_quality; }
    QComboBox *formatBox() const { return m_format; }
    QSpinBox *countBox() const { return m_count; }
    InputImageStrip *inputStrip() const { return m_inputs; }
    QPushButton *generateButton() const { return m_generate; }
    QToolButton *historyButton() const { return m_historyButton; }
    PromptHistory &history() { return m_history; }
    QLabel *pixelSizeLabel() const { return m_pixels; }

signals:
    void modelChanged(const QString &modelId);
    void generateRequested();
    void catalogRequested();
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *section(const QString &title, QWidget *content, QLabel **titleOut = nullptr);
    void rebuildAspectButtons(const QStringList &ratios);
    void rebuildSizeButtons(const QStringList &sizes);
    static void fillCombo(QComboBox *box, const QStringList &values, bool withDefault);
    static void selectData(QComboBox *box, const QString &value);
    void fillHistoryMenu();
    void updatePixelSize();
    QString checkedRatio() const;
    QString checkedSize() const;

    ImageModelOptions m_options;
    PromptHistory m_history;
    QComboBox *m_model;
    QPlainTextEdit *m_prompt;
    QToolButton *m_historyButton;
    QWidget *m_aspectSection;
    QGridLayout *m_aspectGrid;
    QButtonGroup *m_aspectGroup;
    QWidget *m_sizeSection;
    QHBoxLayout *m_sizeRow;
    QButtonGroup *m_sizeGroup;
    QWidget *m_backgroundSection;
    QComboBox *m_background;
    QWidget *m_qualitySection;
    QComboBox *m_quality;
    QWidget *m_formatSection;
    QComboBox *m_format;
    QSpinBox *m_count;
    QLabel *m_countHint;
    QWidget *m_inputSection;
    InputImageStrip *m_inputs;
    QLabel *m_pixels;
    QLabel *m_routeLabel;
    QPushButton *m_generate;
    QString m_wantedRatio = QStringLiteral("1:1");
    QString m_wantedSize = QStringLiteral("1K");
};

} // namespace orc
