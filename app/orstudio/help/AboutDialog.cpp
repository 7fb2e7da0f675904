#include "AboutDialog.h"

#include "Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

QString AboutDialog::versionDetails() {
    return u"OR Studio %1\nQt %2 (built with Qt %3)\n%4 (%5, %6)"_s.arg(
        QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(ORC_VERSION)
                                                         : QCoreApplication::applicationVersion(),
        QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
        QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
        QGuiApplication::platformName());
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_versions(new QLabel(this)) {
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About OR Studio"));

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::app().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *title = new QLabel(u"<h2 style=\"margin-bottom:0\">OR Studio</h2>"_s, this);
    auto *summary = new QLabel(
        tr("A native desktop client for OpenRouter: browse every model, chat with streaming "
           "replies and create images. orcli offers the same to scripts and AI agents."),
        this);
    summary->setWordWrap(true);

    const QString version = QCoreApplication::applicationVersion().isEmpty()
                                ? QStringLiteral(ORC_VERSION)
                                : QCoreApplication::applicationVersion();
    m_versions->setObjectName(u"versions"_s);
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_versions->setText(tr("Version %1").arg(version) + u"\n"_s +
                        tr("Qt %1 (built with Qt %2)")
                            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)) +
                        u"\n"_s + QSysInfo::prettyProductName());

    auto *paths = new QLabel(this);
    paths->setObjectName(u"paths"_s);
    paths->setWordWrap(true);
    paths->setTextInteractionFlags(Qt::TextSelectableByMouse);
    paths->setText(tr("Settings: %1")
                       .arg(QDir::toNativeSeparators(
                           QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))) +
                   u"\n"_s +
                   tr("Data: %1")
                       .arg(QDir::toNativeSeparators(
                           QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))));

    auto *links = new QLabel(this);
    links->setTextFormat(Qt::RichText);
    links->setOpenExternalLinks(true);
    links->setText(tr("Models, prices and keys: %1")
                       .arg(u"<a href=\"https://openrouter.ai\">openrouter.ai</a>"_s));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    QPushButton *copy = buttons->addButton(tr("Copy Details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyDetails"_s);
    connect(copy, &QPushButton::clicked, this,
            [] { QApplication::clipboard()->setText(versionDetails()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addSpacing(8);
    text->addWidget(m_versions);
    text->addSpacing(8);
    text->addWidget(paths);
    text->addWidget(links);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace orc
