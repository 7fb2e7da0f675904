#pragma once

#include <QIcon>
#include <QString>

namespace orc {

// The icons compiled into the app (resources/icons, see app/orstudio/CMakeLists.txt).
class Icons {
public:
    static QIcon app();
    // An action icon by file name without extension: "search", "star-filled", "vision"...
    // Its grey follows the application palette when drawn (light on dark themes, the
    // highlighted-text colour when selected, faded when disabled); an unknown name is null.
    static QIcon action(const QString &name);
    // The icon of a modality from the catalogue ("text", "image", "audio", "file", "video",
    // "embeddings"); an unknown modality gets a neutral icon.
    static QIcon modality(const QString &modality);
};

} // namespace orc
