// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/util/knowledge_source.h"

#include "ui/util/builtin_resources.h"
#include "ui/util/tactic_info.h"

namespace hitome::ui {

const core::KnowledgeBase& builtinKnowledgeBase() {
    static const core::KnowledgeBase kb = [] {
        std::vector<core::Error> problems;  // a bad built-in entry is caught by the KB lint test
        return core::KnowledgeBase::fromDocumentsLenient(readResourceDir(QStringLiteral(":/knowledge")), problems);
    }();
    return kb;
}

const core::CommandExplainer& builtinExplainer() {
    static const core::CommandExplainer explainer(&builtinKnowledgeBase());
    return explainer;
}

core::Lang explanationLanguage() { return isJapaneseUi() ? core::Lang::Ja : core::Lang::En; }

}  // namespace hitome::ui
