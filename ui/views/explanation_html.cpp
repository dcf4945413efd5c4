// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/explanation_html.h"

#include <QRegularExpression>

#include "core/explain/explanation_labels.h"
#include "core/explain/visible_text.h"
#include "ui/models/alert_labels.h"
#include "ui/util/qt_convert.h"

namespace hitome::ui {
namespace {

// Attacker text: NUL, control and bidi characters become visible markers first.
QString esc(const std::string& s) { return toQString(core::visibleText(s, {true})).toHtmlEscaped(); }
constexpr int kMaxDepth = 6;

}  // namespace

QUrl ExplanationHtml::techniqueUrl(const QString& techniqueId) {
    static const QRegularExpression shape(QStringLiteral("^T(\\d{4})(?:\\.(\\d{3}))?$"));
    const auto m = shape.match(techniqueId.trimmed().toUpper());
    if (!m.hasMatch()) return {};
    QString path = QStringLiteral("/techniques/T%1/").arg(m.captured(1));
    if (!m.captured(2).isEmpty()) path += m.captured(2) + QLatin1Char('/');
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("attack.mitre.org"));
    url.setPath(path);
    return url;
}

bool ExplanationHtml::isAllowedLink(const QUrl& url) {
    if (!url.isValid() || url.scheme() != QLatin1String("https") || !url.userInfo().isEmpty() || url.port() != -1)
        return false;
    const QString host = url.host().toLower();
    return host == QLatin1String("attack.mitre.org") || host == QLatin1String("learn.microsoft.com");
}

QString ExplanationHtml::techniqueLinks(const std::vector<std::string>& techniques) {
    QStringList links;
    for (const auto& t : techniques) {
        const QUrl url = techniqueUrl(toQString(t));
        if (url.isEmpty()) links << esc(t);
        else links << QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), esc(t));
    }
    return links.join(QStringLiteral(", "));
}

QString ExplanationHtml::entityLabel(const std::string& kind) {
    if (kind == "task_name") return tr("Task name");
    if (kind == "program") return tr("Program it runs (the suspect)");
    if (kind == "schedule") return tr("Schedule");
    if (kind == "start_time") return tr("Start time");
    if (kind == "run_as_user") return tr("Runs as");
    if (kind == "remote_host") return tr("Remote host");
    if (kind == "registry_key") return tr("Registry key");
    if (kind == "service_name") return tr("Service name");
    if (kind == "url") return tr("URL");
    if (kind == "file") return tr("File");
    if (kind == "user") return tr("User");
    return esc(kind);
}

QString ExplanationHtml::argumentsTable(const core::Explanation& ex, core::Lang lang) {
    if (ex.arguments.empty()) return {};
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse:collapse\">");
    html += QStringLiteral("<tr><th>%1</th><th>%2</th></tr>").arg(tr("Argument"), tr("Meaning"));
    for (const auto& arg : ex.arguments) {
        const QString meaning = arg.meaning.isEmpty() ? QString() : esc(arg.meaning.in(lang));
        html += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td></tr>").arg(esc(arg.text), meaning);
    }
    return html + QStringLiteral("</table>");
}

QString ExplanationHtml::entitiesList(const core::Explanation& ex) {
    if (ex.entities.empty()) return {};
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("What it names"));
    for (const auto& e : ex.entities)
        html += QStringLiteral("<li>%1: <code>%2</code></li>").arg(entityLabel(e.kind), esc(e.value));
    return html + QStringLiteral("</ul>");
}

QString ExplanationHtml::findingsList(const core::Explanation& ex, core::Lang lang) {
    if (ex.findings.empty()) return {};
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Findings"));
    for (const auto& f : ex.findings) {
        const int s = static_cast<int>(f.severity);
        html += QStringLiteral("<li><span style=\"color:%1\">[%2]</span> %3</li>")
                    .arg(severityColor(s).name(), severityLabel(s).toHtmlEscaped(), esc(f.text.in(lang)));
    }
    return html + QStringLiteral("</ul>");
}

QString ExplanationHtml::decodedLayers(const core::Explanation& ex, core::Lang lang) {
    if (ex.decoded.empty()) return {};
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(tr("Decoded layers"));
    for (const auto& d : ex.decoded) {
        html += QStringLiteral("<p>%1%2</p><pre style=\"white-space:pre-wrap\">%3</pre>")
                    .arg(esc(core::decodedKindLabel(d.kind).in(lang)), d.isTruncated ? tr(" (truncated)") : QString(),
                         esc(d.text));
    }
    return html;
}

QString ExplanationHtml::renderOne(const core::Explanation& ex, core::Lang lang, int depth) {
    QString html;
    if (!ex.role.empty()) html += QStringLiteral("<h4>%1</h4>").arg(esc(core::nestedRoleLabel(ex.role).in(lang)));
    if (!ex.binary.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(ex.binary.fileName.empty() ? ex.binary.canonicalName : ex.binary.fileName));
        if (!ex.binarySummary.isEmpty()) html += QStringLiteral("<p>%1</p>").arg(esc(ex.binarySummary.in(lang)));
        else html += QStringLiteral("<p><i>%1</i></p>").arg(tr("This program is not in the knowledge base."));
    }
    html += QStringLiteral("<p><code>%1</code></p>").arg(esc(ex.commandLine));
    html += argumentsTable(ex, lang) + entitiesList(ex) + findingsList(ex, lang) + decodedLayers(ex, lang);
    if (!ex.techniques.empty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("ATT&amp;CK:"), techniqueLinks(ex.techniques));
    if (depth < kMaxDepth)
        for (const auto& nested : ex.nested)
            html += QStringLiteral("<blockquote>%1</blockquote>").arg(renderOne(nested, lang, depth + 1));
    return html;
}

QString ExplanationHtml::render(const core::Explanation& explanation, core::Lang lang) {
    return renderOne(explanation, lang, 0);
}

}  // namespace hitome::ui
