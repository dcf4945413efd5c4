// SPDX-License-Identifier: GPL-3.0-or-later
// `hitome attack import FILE | show ID|NAME | tactics`: the ATT&CK catalog
// from the command line. `import` validates an official STIX bundle and
// stores it where the application picks it up on its next start.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include "app/cli/arg_parser.h"
#include "app/cli/cli_support.h"
#include "app/cli/command_registry.h"
#include "core/attack/attack_catalog.h"
#include "core/attack/attack_lookup_key.h"
#include "ui/util/attack_catalog_loader.h"
#include "ui/util/builtin_resources.h"

namespace hitome::app {

namespace {

using Json = nlohmann::json;

// The official enterprise bundle is ~45 MB; anything far larger is not one.
constexpr qint64 kMaxBundleBytes = qint64{512} * 1024 * 1024;

constexpr const char* kOverview =
    "usage: hitome attack <action> [options]\n\n"
    "The MITRE ATT&CK Enterprise catalog (built in: v19; tactics in matrix order).\n\n"
    "actions:\n"
    "  import FILE                       validate an official ATT&CK STIX 2.1 bundle (enterprise-attack.json)\n"
    "                                    and install it over the built-in catalog\n"
    "  show ID|NAME [--lang ja] [--json] a tactic or technique (revoked IDs show their replacement)\n"
    "  tactics [--lang ja] [--json]      the tactics in matrix order\n\n"
    "Run `hitome attack <action> --help` for details.\n";

std::string dumpJson(const Json& j) { return j.dump(2, ' ', false, Json::error_handler_t::replace); }

std::string tacticLabel(const core::Tactic& t, bool isJapanese) {
    return (isJapanese && !t.nameJa.empty()) ? t.nameJa : t.name;
}

Json tacticJson(const core::Tactic& t, const core::AttackCatalog& catalog) {
    return {{"id", t.id},
            {"shortname", t.shortname},
            {"name", t.name},
            {"name_ja", t.nameJa},
            {"defender_label_ja", t.defenderLabelJa},
            {"former_names", t.formerNames},
            {"url", t.url},
            {"techniques", catalog.techniquesForTactic(t.id).size()},
            {"description", t.description}};
}

int runImport(CliContext& ctx) {
    ArgParser p("hitome attack import FILE",
                "Validate an official MITRE ATT&CK STIX 2.1 bundle (enterprise-attack.json from "
                "github.com/mitre-attack/attack-stix-data) and install it. From then on its tactic names, matrix "
                "order, technique names and mapping, revocations and descriptions supersede the built-in catalog.");
    p.addPositional("FILE", "the bundle (JSON)");
    if (auto code = p.parse(ctx); code) return *code;
    const QString path = QString::fromStdString(p.positional(0));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << "hitome attack import: " << p.positional(0) << ": " << file.errorString().toStdString() << "\n";
        return kExitBadInput;
    }
    if (file.size() > kMaxBundleBytes) {
        ctx.err << "hitome attack import: " << p.positional(0) << ": " << file.size()
                << " bytes is too large for an ATT&CK bundle\n";
        return kExitBadInput;
    }
    const QByteArray bytes = file.readAll();
    auto builtIn = core::AttackCatalog::fromJson(ui::readResource(QStringLiteral(":/attack/catalog.json")));
    core::AttackCatalog catalog = builtIn ? std::move(builtIn.value()) : core::AttackCatalog();
    auto status = catalog.applyStixBundle(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
    if (!status) {
        status.error().inFile(p.positional(0));
        ctx.err << "hitome attack import: " << terminalText(status.error().message()) << "\n";
        return kExitBadInput;
    }
    const QString target = ui::userAttackBundlePath();
    if (target.isEmpty()) {
        ctx.err << "hitome attack import: no user data directory (is HOME set?)\n";
        return kExitBadInput;
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        ctx.err << "hitome attack import: cannot write " << target.toStdString() << ": "
                << out.errorString().toStdString() << "\n";
        return kExitBadInput;
    }
    ctx.out << "imported ATT&CK " << (catalog.attackVersion().empty() ? "bundle" : catalog.attackVersion()) << ": "
            << catalog.tacticsInMatrixOrder().size() << " tactics, " << catalog.techniques().size()
            << " techniques and sub-techniques, " << catalog.revokedTechniques().size() << " revoked IDs\n"
            << "installed as " << target.toStdString() << "\n";
    return kExitOk;
}

void printTechnique(std::ostream& out, const core::Technique& t, const core::AttackCatalog& catalog, bool isJapanese) {
    out << t.id << "  " << t.name << "\n";
    if (t.isSubtechnique)
        if (const core::Technique* parent = catalog.technique(t.parentId))
            out << (isJapanese ? "親テクニック: " : "sub-technique of ") << parent->id << " " << parent->name << "\n";
    out << (isJapanese ? "戦術: " : "tactics: ");
    for (size_t i = 0; i < t.tacticIds.size(); ++i) {
        const core::Tactic* tactic = catalog.tactic(t.tacticIds[i]);
        out << (i ? ", " : "") << (tactic ? tacticLabel(*tactic, isJapanese) : t.tacticIds[i]) << " (" << t.tacticIds[i]
            << ")";
    }
    out << "\n" << t.url << "\n";
    if (!t.description.empty()) out << "\n" << t.description << "\n";
}

Json techniqueJson(const core::Technique& t, const core::AttackCatalog& catalog, const std::string& requested) {
    Json tactics = Json::array();
    for (const auto& id : t.tacticIds)
        if (const core::Tactic* tactic = catalog.tactic(id))
            tactics.push_back({{"id", id}, {"name", tactic->name}, {"name_ja", tactic->nameJa}});
    return {{"type", "technique"},
            {"requested", requested},
            {"revoked", requested != t.id},
            {"id", t.id},
            {"name", t.name},
            {"parent", t.parentId},
            {"tactics", tactics},
            {"url", t.url},
            {"description", t.description}};
}

void printTactic(std::ostream& out, const core::Tactic& t, const core::AttackCatalog& catalog, bool isJapanese) {
    out << t.id << "  " << tacticLabel(t, isJapanese) << " (" << (isJapanese ? t.name : t.nameJa) << ")\n";
    out << "shortname: " << t.shortname << "\n";
    if (!t.defenderLabelJa.empty()) out << (isJapanese ? "Defender の表示: " : "Defender (ja): ") << t.defenderLabelJa << "\n";
    if (!t.formerNames.empty()) {
        out << (isJapanese ? "旧名: " : "formerly: ");
        for (size_t i = 0; i < t.formerNames.size(); ++i) out << (i ? ", " : "") << t.formerNames[i];
        out << "\n";
    }
    out << (isJapanese ? "テクニック数: " : "techniques: ") << catalog.techniquesForTactic(t.id).size() << "\n"
        << t.url << "\n";
    if (!t.description.empty()) out << "\n" << t.description << "\n";
}

int runShow(CliContext& ctx) {
    ArgParser p("hitome attack show ID|NAME [--lang ja] [--json]",
                "Show an ATT&CK tactic (TA0005, Stealth, defense-evasion, DefenseEvasion, ステルス, ...) or technique "
                "(T1053.005; a revoked ID such as T1085 shows its replacement).");
    p.addPositional("ID|NAME", "tactic or technique");
    p.addOption("lang", "LANG", "en (default) or ja");
    p.addFlag("json", "print JSON");
    if (auto code = p.parse(ctx); code) return *code;
    const std::string lang = p.value("lang", "en");
    if (lang != "en" && lang != "ja") {
        ctx.err << "hitome attack show: --lang must be en or ja\n";
        return kExitUsage;
    }
    const core::AttackCatalog& catalog = ui::loadAttackCatalog();
    const std::string query = p.positional(0);
    const bool isJapanese = lang == "ja";
    if (const core::Technique* t = catalog.technique(query)) {
        const std::string requested = core::normalizeTechniqueId(query);
        if (p.has("json")) {
            ctx.out << dumpJson(techniqueJson(*t, catalog, requested)) << "\n";
        } else {
            if (requested != t->id)
                ctx.out << requested << (isJapanese ? " は廃止 (revoked) され、次に置き換えられました:\n"
                                                    : " was revoked; it is now:\n");
            printTechnique(ctx.out, *t, catalog, isJapanese);
        }
        return kExitOk;
    }
    if (const core::Tactic* t = catalog.tactic(query)) {
        if (p.has("json")) {
            Json j = tacticJson(*t, catalog);
            j["type"] = "tactic";
            ctx.out << dumpJson(j) << "\n";
        } else {
            printTactic(ctx.out, *t, catalog, isJapanese);
        }
        return kExitOk;
    }
    ctx.err << "hitome attack show: '" << query << "' is not an ATT&CK tactic or technique in the catalog\n";
    return kExitBadInput;
}

int runTactics(CliContext& ctx) {
    ArgParser p("hitome attack tactics [--lang ja] [--json]", "List the ATT&CK Enterprise tactics in matrix order.");
    p.addOption("lang", "LANG", "en (default) or ja");
    p.addFlag("json", "print JSON: an array of tactics");
    if (auto code = p.parse(ctx); code) return *code;
    const std::string lang = p.value("lang", "en");
    if (lang != "en" && lang != "ja") {
        ctx.err << "hitome attack tactics: --lang must be en or ja\n";
        return kExitUsage;
    }
    const core::AttackCatalog& catalog = ui::loadAttackCatalog();
    if (p.has("json")) {
        Json list = Json::array();
        for (const auto& t : catalog.tacticsInMatrixOrder()) list.push_back(tacticJson(t, catalog));
        ctx.out << dumpJson(list) << "\n";
        return kExitOk;
    }
    for (const auto& t : catalog.tacticsInMatrixOrder())
        ctx.out << t.id << "  " << tacticLabel(t, lang == "ja") << "  (" << (lang == "ja" ? t.name : t.nameJa) << ")\n";
    return kExitOk;
}

int runAttack(CliContext& ctx) {
    if (ctx.args.empty() || ctx.args[0] == "--help" || ctx.args[0] == "-h") {
        (ctx.args.empty() ? ctx.err : ctx.out) << kOverview;
        return ctx.args.empty() ? kExitUsage : kExitOk;
    }
    const std::string action = ctx.args[0];
    CliContext sub{std::vector<std::string>(ctx.args.begin() + 1, ctx.args.end()), ctx.out, ctx.err};
    if (action == "import") return runImport(sub);
    if (action == "show") return runShow(sub);
    if (action == "tactics") return runTactics(sub);
    ctx.err << "hitome attack: unknown action '" << action << "' (expected: import, show, tactics)\n";
    return kExitUsage;
}

const CommandRegistration kRegistration({"attack", "ATT&CK catalog: attack import FILE | show ID | tactics", runAttack});

}  // namespace

}  // namespace hitome::app
