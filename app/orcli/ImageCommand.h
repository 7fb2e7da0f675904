#pragma once

#include "CatalogCommand.h"
#include "ImageSaver.h"
#include "SpendGate.h"
#include "domain/ImageRequest.h"
#include "media/ImageProvenance.h"

#include <QDateTime>

#include <QPointer>

#include <memory>

namespace orc {
class ImageJob;
class ImageModels;
} // namespace orc

namespace orc::cli {

// `orcli image MODEL PROMPT`: generates images and saves them, as the seed client did
// ("Saved: PATH" per file on stderr, "Generated N image(s)" on stdout, "No images generated"
// and exit 1 when none came back). Like the seed, it asks through chat completions with
// image_config; the model catalogue picks the modalities: ["image"] for image-only models
// (FLUX...), ["image","text"] for the others. Models missing from the catalogue but listed by
// GET /images/models (newer image-only models) go to POST /images; --api forces either.
// Every file carries its provenance (media/ImageProvenance), as a studio save does, and
// `orcli image --info FILE` prints it.
class ImageCommand final : public CatalogCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageCommand)
public:
    explicit ImageCommand(Printer &printer, QObject *parent = nullptr);
    ~ImageCommand() override;

    Spec spec() const override;
    QString configure(const QCommandLineParser &parser) override;
    void start() override;
    void cancel() override;

private:
    enum class Api { Auto, Chat, Images };

    void startGenerating();
    void route();
    void fetchImageModels();
    void generate(const ImageRoute &route);
    void onFinished();
    void usageFailure(const QString &message);
    ImageProvenance provenanceOf(const ImageResult &result) const;

    ImageRequest m_request;
    QString m_background;
    Api m_api = Api::Auto;
    std::unique_ptr<ImageSaver> m_saver;
    QList<ModelInfo> m_catalog;
    QStringList m_givenOptions;                 // see ImageOptionsCheck::given()
    std::unique_ptr<ImageModels> m_imageModels; // GET /images/models, once fetched
    QPointer<ImageJob> m_job;
    SpendGate m_spend; // --estimate, --max-cost, budgets; the ledger
    QDateTime m_startedAt;
    bool m_info = false; // --info FILE: print its provenance, send nothing
    QString m_infoPath;
};

} // namespace orc::cli
