// SPDX-License-Identifier: GPL-3.0-or-later
// qt_add_resources attaches the compiled resources to hitome_resources; a
// static library needs at least one source of its own.
namespace hitome::resources {
int resourceAnchor() { return 0; }
}  // namespace hitome::resources
