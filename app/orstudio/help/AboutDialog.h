#pragma once

#include <QDialog>

class QLabel;

namespace orc {

// Help > About OR Studio: the icon, the app's version, the Qt version it runs on and was
// built with, the system, and where its data lives; "Copy Details" puts the versions on the
// clipboard for bug reports.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "OR Studio 0.1.0" / "Qt 6.4.2 (built with 6.4.2)" / the system, one per line, in English
    // so a bug report reads the same in every language.
    static QString versionDetails();
    QLabel *versionLabel() const { return m_versions; }

private:
    QLabel *m_versions;
};

} // namespace orc
