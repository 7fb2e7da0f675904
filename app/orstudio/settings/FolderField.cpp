#include "FolderField.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace orc {

FolderField::FolderField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_browse(new QToolButton(this))
    , m_open(new QToolButton(this)) {
    m_edit->setClearButtonEnabled(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    layout->addWidget(m_open);
    connect(m_edit, &QLineEdit::textChanged, this, &FolderField::pathChanged);
    connect(m_browse, &QToolButton::clicked, this, &FolderField::browse);
    connect(m_open, &QToolButton::clicked, this, [this] {
        const QString dir = effectivePath();
        QDir().mkpath(dir);
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
    });
    retranslate();
}

void FolderField::retranslate() {
    m_browse->setText(tr("Browse\u2026"));
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Show the folder in the file manager"));
}

void FolderField::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString FolderField::path() const {
    return m_edit->text().trimmed();
}

void FolderField::setPath(const QString &path) {
    m_edit->setText(QDir::toNativeSeparators(path));
}

void FolderField::setDefaultPath(const QString &path) {
    m_default = path;
    m_edit->setPlaceholderText(QDir::toNativeSeparators(path));
}

QString FolderField::effectivePath() const {
    const QString p = path();
    return p.isEmpty() ? m_default : QDir::fromNativeSeparators(p);
}

void FolderField::browse() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Choose a Folder"), effectivePath());
    if (!dir.isEmpty())
        setPath(dir);
}

} // namespace orc
