#include "RoutingCommand.h"

#include "RoutingOptions.h"
#include "store/Settings.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace orc::cli {

Command::Spec RoutingCommand::spec() const {
    return {u"routing"_s,
            tr("Routing profiles: list them, save one from flags, remove one"),
            tr("Routing profiles are named sets of provider preferences shared with OR Studio. "
               "list shows the built-in ones (default, cheapest, fastest, lowest-latency, "
               "private) and yours, each with the provider object it sends; save NAME creates "
               "or replaces your profile NAME from the routing flags below (--models sets its "
               "fallback models); remove NAME deletes one of yours. Use a profile with orcli "
               "chat --routing NAME (flags given there override its fields)."),
            {{u"ACTION"_s, tr("list, save or remove")},
             {u"[NAME]"_s, tr("the profile's name (save, remove)")}},
            RoutingOptions::preferenceOptions() +
                QList<QCommandLineOption>{QCommandLineOption(
                    u"models"_s, tr("save: fallback models of the profile, comma-separated."),
                    u"A,B"_s)},
            u"  orcli routing list\n"
            u"  orcli routing save eu-private --zdr --deny-data-collection --provider-ignore "
            u"openai\n"
            u"  orcli chat openai/gpt-4o-mini hi --routing eu-private\n"
            u"  orcli routing remove eu-private\n"_s};
}

QString RoutingCommand::idFor(const QString &name) {
    QString id = name.trimmed().toLower();
    id.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    while (id.startsWith(u'-'))
        id.remove(0, 1);
    while (id.endsWith(u'-'))
        id.chop(1);
    return id;
}

QString RoutingCommand::configure(const QCommandLineParser &parser) {
    QStringList args = parser.positionalArguments();
    const QStringList actions{u"list"_s, u"save"_s, u"remove"_s};
    if (args.isEmpty() || !actions.contains(args.constFirst()))
        return tr("Give an ACTION: %1.").arg(actions.join(u", "_s));
    m_action = args.takeFirst();
    if (m_action == "list"_L1)
        return args.isEmpty() ? QString() : tr("orcli routing list takes no NAME.");
    if (args.size() != 1 || idFor(args.constFirst()).isEmpty())
        return tr("orcli routing %1 takes one NAME (letters or digits), e.g. orcli routing %1 "
                  "eu-private.")
            .arg(m_action);
    m_name = args.constFirst().trimmed();
    if (m_action == "remove"_L1)
        return {};
    m_profile.id = idFor(m_name);
    m_profile.name = m_name;
    if (RoutingProfile::find(RoutingProfile::builtIns(), m_profile.id) ||
        RoutingProfile::find(RoutingProfile::builtIns(), m_name))
        return tr("\"%1\" is a built-in profile; save yours under another NAME.").arg(m_name);
    if (QString e = RoutingOptions::readPreferences(parser, &m_profile.preferences); !e.isEmpty())
        return e;
    if (QString e = RoutingOptions::readModels(parser, &m_profile.fallbackModels); !e.isEmpty())
        return e;
    if (m_profile.preferences.isEmpty() && m_profile.fallbackModels.isEmpty())
        return tr("Nothing to save: give routing flags such as --zdr or --provider-sort price "
                  "(orcli routing --help lists them).");
    return {};
}

void RoutingCommand::start() {
    Settings settings;
    QStringList warnings;
    QList<RoutingProfile> profiles = settings.routingProfiles(&warnings);
    for (const QString &w : std::as_const(warnings))
        m_printer.warning(w);
    if (m_action == "list"_L1) {
        if (m_printer.isJson()) {
            QJsonArray list;
            for (const RoutingProfile &p : std::as_const(profiles)) {
                QJsonObject o = p.toJson();
                o.insert(u"built_in"_s, p.builtIn);
                list.append(o);
            }
            m_printer.writeJson(list);
        } else {
            QList<QPair<QString, QString>> rows;
            for (const RoutingProfile &p : std::as_const(profiles)) {
                QString text = Printer::compactJson(p.preferences.toProviderObject());
                if (!p.fallbackModels.isEmpty())
                    text += u"  models: "_s + p.fallbackModels.join(u',');
                rows.append({p.id, (p.builtIn ? tr("%1 (built in)").arg(p.name) : p.name) +
                                       u"  "_s + text});
            }
            m_printer.write(Printer::fields(rows));
        }
        finish(ExitCode::Ok);
        return;
    }
    const RoutingProfile *found = RoutingProfile::find(profiles, m_name);
    if (m_action == "remove"_L1) {
        if (!found) {
            fail(tr("No routing profile \"%1\" (orcli routing list shows them).").arg(m_name),
                 ExitCode::Usage);
            return;
        }
        if (found->builtIn) {
            fail(tr("\"%1\" is built in and cannot be removed.").arg(m_name), ExitCode::Usage);
            return;
        }
        const QString id = found->id;
        profiles.removeIf([&id](const RoutingProfile &p) { return p.id == id; });
        settings.setRoutingProfiles(profiles);
        m_printer.status(tr("Removed routing profile \"%1\".").arg(m_name));
        finish(ExitCode::Ok);
        return;
    }
    const QString id = m_profile.id;
    profiles.removeIf([&id](const RoutingProfile &p) { return !p.builtIn && p.id == id; });
    profiles.append(m_profile);
    settings.setRoutingProfiles(profiles);
    if (m_printer.isJson())
        m_printer.writeJson(m_profile.toJson());
    else
        m_printer.status(tr("Saved routing profile \"%1\" (id %2): %3")
                             .arg(m_profile.name, m_profile.id,
                                  Printer::compactJson(m_profile.preferences.toProviderObject())));
    finish(ExitCode::Ok);
}

} // namespace orc::cli
