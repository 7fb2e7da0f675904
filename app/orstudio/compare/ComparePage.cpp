#include "compare/ComparePage.h"

#include "api/OpenRouterClient.h"
#include "chat/MarkdownStyle.h"
#include "chat/ModelPicker.h"
#include "compare/CompareColumn.h"
#include "store/ConversationStore.h"
#include "store/CostLedger.h"
#include "widgets/Named.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace orc {

ComparePage::ComparePage(OpenRouterClient *client, ConversationStore *store, const QString &dataDir,
                         QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_store(store)
    , m_ledger(std::make_unique<CostLedger>(CostLedger::pathIn(dataDir)))
    , m_leaderboard(CompareLeaderboard::pathIn(dataDir))
    , m_style(std::make_shared<const MarkdownStyle>(MarkdownStyle::fromPalette(palette(), font())))
    , m_picker(named(new ModelPicker(this), u"compareModelPicker"_s))
    , m_acrossProviders(named(new QPushButton(tr("Same model across providers"), this),
                              u"acrossProvidersButton"_s))
    , m_targets(named(new QLineEdit(this), u"compareTargets"_s))
    , m_prompt(named(new QPlainTextEdit(this), u"comparePrompt"_s))
    , m_tag(named(new QLineEdit(this), u"compareTag"_s))
    , m_blindBox(named(new QCheckBox(tr("Blind"), this), u"blindBox"_s))
    , m_start(named(new QPushButton(tr("Compare"), this), u"compareButton"_s))
    , m_stop(named(new QPushButton(tr("Stop"), this), u"stopCompareButton"_s))
    , m_notice(named(new QLabel(this), u"compareNotice"_s))
    , m_columnsHost(new QWidget)
    , m_columnsLayout(new QHBoxLayout(m_columnsHost))
    , m_boardTag(named(new QComboBox(this), u"leaderboardTag"_s))
    , m_board(named(new QTableWidget(0, 3, this), u"leaderboardTable"_s)) {
    setObjectName(u"comparePage"_s);
    if (QString error; !m_ledger->open(&error))
        m_ledger.reset(); // the comparison still runs; the usage page says what it cannot read
    QString boardError;
    m_leaderboard.load(&boardError);

    m_picker->setToolTip(tr("Add a model to the comparison"));
    m_acrossProviders->setToolTip(
        tr("Put the chosen model on each provider that serves it, one column each"));
    m_targets->setPlaceholderText(
        tr("Up to 6 targets, separated by spaces: model, model@provider or @preset/slug"));
    m_targets->setClearButtonEnabled(true);
    m_prompt->setPlaceholderText(tr("The prompt every target answers (Ctrl+Enter compares)"));
    m_prompt->setMaximumHeight(m_prompt->fontMetrics().lineSpacing() * 5);
    m_tag->setPlaceholderText(tr("Task tag (optional)"));
    m_tag->setToolTip(tr("Picks are counted per task tag on the leaderboard, e.g. code"));
    m_tag->setMaximumWidth(180);
    m_blindBox->setToolTip(tr("Hide the model names until you pick a winner"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_stop->setEnabled(false);

    auto *targetsRow = new QHBoxLayout;
    targetsRow->addWidget(new QLabel(tr("Targets:"), this));
    targetsRow->addWidget(m_targets, 1);
    targetsRow->addWidget(m_picker);
    targetsRow->addWidget(m_acrossProviders);
    auto *promptRow = new QHBoxLayout;
    promptRow->addWidget(m_prompt, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_tag);
    side->addWidget(m_blindBox);
    auto *runButtons = new QHBoxLayout;
    runButtons->addWidget(m_start);
    runButtons->addWidget(m_stop);
    side->addLayout(runButtons);
    side->addStretch(1);
    promptRow->addLayout(side);

    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    auto *columnsScroll = new QScrollArea(this);
    columnsScroll->setWidget(m_columnsHost);
    columnsScroll->setWidgetResizable(true);
    columnsScroll->setFrameShape(QFrame::NoFrame);

    m_board->setHorizontalHeaderLabels({tr("Model"), tr("Wins"), tr("Picks")});
    m_board->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_board->verticalHeader()->hide();
    m_board->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_board->setSelectionMode(QAbstractItemView::NoSelection);
    auto *boardBox = new QWidget(this);
    auto *boardLayout = new QVBoxLayout(boardBox);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    auto *boardHead = new QHBoxLayout;
    boardHead->addWidget(new QLabel(tr("Your leaderboard"), boardBox));
    boardHead->addStretch(1);
    boardHead->addWidget(m_boardTag);
    boardLayout->addLayout(boardHead);
    boardLayout->addWidget(m_board);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(columnsScroll);
    split->addWidget(boardBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({1000, m_board->fontMetrics().lineSpacing() * 8});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(targetsRow);
    layout->addLayout(promptRow);
    layout->addWidget(m_notice);
    layout->addWidget(split, 1);

    connect(m_picker, &ModelPicker::modelChosen, this, [this](const QString &id) {
        QStringList list = targets();
        if (list.size() >= kMaxTargets) {
            showNotice(tr("A comparison has at most %1 targets.").arg(kMaxTargets));
            return;
        }
        setTargets(list << id);
    });
    connect(m_acrossProviders, &QPushButton::clicked, this, [this] {
        const QStringList list = targets();
        const QString model = !m_picker->currentModel().isEmpty() ? m_picker->currentModel()
                              : list.isEmpty()                    ? QString()
                                                                  : list.constFirst();
        fillAcrossProviders(CompareTarget::parse(model).value_or(CompareTarget{}).model);
    });
    connect(m_start, &QPushButton::clicked, this, &ComparePage::run);
    connect(m_stop, &QPushButton::clicked, this, &ComparePage::stop);
    auto *shortcut = new QShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_Return), m_prompt);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, &ComparePage::run);
    connect(m_boardTag, &QComboBox::currentIndexChanged, this, &ComparePage::refreshBoard);
    connect(m_blindBox, &QCheckBox::toggled, this, [this](bool on) { m_blind = on; });
    refreshBoard();
    if (!boardError.isEmpty())
        showNotice(boardError);
}

ComparePage::~ComparePage() {
    delete m_run; // before the ledger it writes to
}

void ComparePage::setModels(const QList<ModelInfo> &models) {
    m_picker->setModels(models);
}

void ComparePage::setTargets(const QStringList &targets) {
    m_targets->setText(targets.join(u' '));
}

QStringList ComparePage::targets() const {
    return m_targets->text().split(u' ', Qt::SkipEmptyParts);
}

void ComparePage::setPrompt(const QString &prompt) {
    m_prompt->setPlainText(prompt);
}

void ComparePage::setBlind(bool blind) {
    m_blindBox->setChecked(blind);
    m_blind = blind;
}

void ComparePage::setTaskTag(const QString &tag) {
    m_tag->setText(tag);
}

bool ComparePage::isRunning() const {
    return m_run && !m_run->isFinished();
}

QString ComparePage::notice() const {
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void ComparePage::showNotice(const QString &text) {
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

bool ComparePage::run() {
    if (isRunning())
        return false;
    QList<CompareTarget> list;
    for (const QString &text : targets()) {
        QString error;
        const auto target = CompareTarget::parse(text, &error);
        if (!target) {
            showNotice(error);
            return false;
        }
        list.append(*target);
    }
    if (list.isEmpty()) {
        showNotice(tr("Add at least one target: pick a model or type its id."));
        return false;
    }
    if (list.size() > kMaxTargets) {
        showNotice(tr("A comparison has at most %1 targets; remove %2.")
                       .arg(kMaxTargets)
                       .arg(list.size() - kMaxTargets));
        return false;
    }
    const QString prompt = m_prompt->toPlainText();
    if (prompt.trimmed().isEmpty()) {
        showNotice(tr("Write the prompt the targets should answer."));
        return false;
    }
    showNotice(QString());
    if (m_blind) // the order would give the names away
        std::shuffle(list.begin(), list.end(), *QRandomGenerator::global());
    ChatRequest request;
    request.messages << ChatMessage::user(prompt);
    request.stream = true;
    delete m_run;
    m_run = new CompareRun(m_client, request, list, 1, this);
    if (m_ledger)
        m_run->setLedger(m_ledger.get(), LedgerEntry::Origin::App);
    m_picked = false;
    m_runTag = m_tag->text().trimmed();
    buildColumns(list, m_blind);
    connect(m_run, &CompareRun::contentDelta, this,
            [this](int i, const QString &text) { m_columns.at(i)->appendContent(text); });
    connect(m_run, &CompareRun::targetFinished, this,
            [this](int i, const ChatResult &result) { m_columns.at(i)->finish(result); });
    connect(m_run, &CompareRun::finished, this, &ComparePage::onFinished);
    m_run->start();
    updateButtons();
    return true;
}

void ComparePage::stop() {
    if (m_run)
        m_run->cancel();
}

void ComparePage::buildColumns(const QList<CompareTarget> &targets, bool blind) {
    qDeleteAll(m_columns);
    m_columns.clear();
    for (int i = 0; i < targets.size(); ++i) {
        auto *column = new CompareColumn(m_style, m_columnsHost);
        column->setObjectName(u"compareColumn%1"_s.arg(i));
        column->start(targets.at(i).label(),
                      blind ? tr("Answer %1").arg(QChar(u'A' + i)) : QString());
        connect(column, &CompareColumn::pickRequested, this, [this, i] { pick(i); });
        connect(column, &CompareColumn::continueRequested, this, [this, i] { continueWith(i); });
        m_columnsLayout->addWidget(column, 1);
        m_columns.append(column);
    }
}

void ComparePage::onFinished() {
    updateButtons();
    int failed = 0;
    for (const CompareOutcome &o : m_run->outcomes())
        failed += o.allOk() ? 0 : 1;
    emit statusMessage(failed ? tr("Comparison done: %1 of %2 targets failed.")
                                    .arg(failed)
                                    .arg(m_run->outcomes().size())
                              : tr("Comparison done."),
                       5000);
    emit finished();
}

void ComparePage::pick(int column) {
    if (m_picked || column < 0 || column >= m_columns.size())
        return;
    QStringList others;
    for (int i = 0; i < m_columns.size(); ++i)
        if (i != column && m_columns.at(i)->isFinished())
            others << m_columns.at(i)->label();
    QString error;
    if (!m_leaderboard.recordPick(m_columns.at(column)->label(), others, m_runTag, &error)) {
        showNotice(error);
        return;
    }
    m_picked = true;
    for (int i = 0; i < m_columns.size(); ++i) {
        m_columns.at(i)->setPicked(i == column);
        m_columns.at(i)->reveal();
    }
    refreshBoard();
    emit statusMessage(tr("%1 wins this round.").arg(m_columns.at(column)->label()), 5000);
}

void ComparePage::continueWith(int column) {
    if (!m_run || !m_store)
        return;
    const qint64 id = m_run->saveConversation(m_store, column);
    if (!id) {
        showNotice(tr("The conversation could not be saved: %1").arg(m_store->lastError()));
        return;
    }
    emit conversationCreated(id);
}

void ComparePage::fillAcrossProviders(const QString &model) {
    if (model.isEmpty()) {
        showNotice(tr("Pick a model first: its providers become the targets."));
        return;
    }
    if (m_endpointsCall)
        m_endpointsCall->cancel();
    m_acrossProviders->setEnabled(false);
    showNotice(tr("Looking up the providers of %1…").arg(model));
    m_endpointsCall = m_client->fetchModelEndpoints(
        model, this, [this, model](const ModelEndpoints &endpoints, const ApiError &error) {
            m_endpointsCall = nullptr;
            m_acrossProviders->setEnabled(true);
            if (error.isError()) {
                if (error.kind != ApiError::Kind::Cancelled)
                    showNotice(tr("The providers of %1 cannot be listed: %2")
                                   .arg(model, error.toString()));
                return;
            }
            QStringList list;
            for (const ModelEndpoint &e : endpoints.endpoints) {
                const QString target = model + u'@' + e.providerSlug();
                if (!list.contains(target) && list.size() < kMaxTargets)
                    list << target;
            }
            if (list.isEmpty()) {
                showNotice(tr("No provider serves %1 right now.").arg(model));
                return;
            }
            showNotice(endpoints.endpoints.size() > list.size()
                           ? tr("%1 providers serve %2; the first %3 are compared.")
                                 .arg(endpoints.endpoints.size())
                                 .arg(model)
                                 .arg(list.size())
                           : QString());
            setTargets(list);
        });
}

void ComparePage::refreshBoard() {
    const QString current = m_boardTag->currentData().toString();
    {
        const QSignalBlocker block(m_boardTag);
        m_boardTag->clear();
        m_boardTag->addItem(tr("All tasks"), QString());
        for (const QString &tag : m_leaderboard.tags())
            m_boardTag->addItem(tag, tag);
        m_boardTag->setCurrentIndex(std::max(0, m_boardTag->findData(current)));
    }
    const QList<CompareLeaderboard::Row> rows =
        m_leaderboard.rows(m_boardTag->currentData().toString());
    m_board->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_board->setItem(r, 0, new QTableWidgetItem(rows.at(r).model));
        auto *wins = new QTableWidgetItem(QString::number(rows.at(r).wins));
        auto *picks = new QTableWidgetItem(QString::number(rows.at(r).picks));
        wins->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        picks->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_board->setItem(r, 1, wins);
        m_board->setItem(r, 2, picks);
    }
}

void ComparePage::updateButtons() {
    const bool running = isRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
}

} // namespace orc
