// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Renders an explanation as rich text for the detail pane. Every string from
// the incident is escaped; the only links are ATT&CK and Microsoft Learn pages.

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include "core/explain/explanation.h"

namespace hitome::ui {

class ExplanationHtml {
    Q_DECLARE_TR_FUNCTIONS(ExplanationHtml)
public:
    static QString render(const core::Explanation& explanation, core::Lang lang);
    // The ATT&CK page of a technique id ("T1053.005" → .../techniques/T1053/005/); empty when malformed.
    static QUrl techniqueUrl(const QString& techniqueId);
    // True for the sites the workbench may open: attack.mitre.org, learn.microsoft.com (https only).
    static bool isAllowedLink(const QUrl& url);
    static QString techniqueLinks(const std::vector<std::string>& techniques);

private:
    static QString renderOne(const core::Explanation& ex, core::Lang lang, int depth);
    static QString argumentsTable(const core::Explanation& ex, core::Lang lang);
    static QString entitiesList(const core::Explanation& ex);
    static QString findingsList(const core::Explanation& ex, core::Lang lang);
    static QString decodedLayers(const core::Explanation& ex, core::Lang lang);
    static QString entityLabel(const std::string& kind);
};

}  // namespace hitome::ui
