// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The built-in knowledge base and command explainer, loaded once from ":/knowledge".

#include "core/explain/command_explainer.h"
#include "core/kb/knowledge_base.h"
#include "core/kb/localized_text.h"

namespace hitome::ui {

const core::KnowledgeBase& builtinKnowledgeBase();
const core::CommandExplainer& builtinExplainer();
// The explanation language matching the UI language.
core::Lang explanationLanguage();

}  // namespace hitome::ui
