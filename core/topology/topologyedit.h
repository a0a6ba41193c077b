#pragma once
// Edits of a scenario's topology as functions from one Scenario value to
// the next: add an element with sensible defaults, delete one (and the
// references to it that are lists: subscriptions, emit rules, bindings),
// rename one (and every reference to it), connect two elements (a producer
// to a topic, a topic to a service, ...) or remove an edge. None of them
// checks the whole result; validateScenario() does, with the sentence the
// cluster builder would say. The topology editor's undo commands hold the
// values these return. Plain functions, any thread.

#include "topology/topologygraph.h"

namespace bb {

// A name of the form "stem-N" that no element of the scenario has yet.
QString uniqueElementName(const Scenario &s, const QString &stem);

// Adds a new element; `added` receives it. Refuses when the kind needs
// something the scenario lacks (a producer needs a topic, ...).
Result<Scenario> addElement(const Scenario &s, ElementKind kind, ElementRef *added = nullptr);
Result<Scenario> removeElement(const Scenario &s, const ElementRef &ref);
Result<Scenario> renameElement(const Scenario &s, const ElementRef &ref, const QString &name);

// Whether an edge may lead from `from` to `to` (kinds only).
bool canConnect(const ElementRef &from, const ElementRef &to);
Result<Scenario> connectElements(const Scenario &s, const ElementRef &from, const ElementRef &to);
Result<Scenario> removeEdge(const Scenario &s, const TopologyEdge &edge);

// Builds the scenario's cluster on a scratch copy (memory stores) and
// checks what the builder leaves to the file reader (distinct names, nodes
// the fault plan names, values the file format can hold).
Error validateScenario(const Scenario &s);

} // namespace bb
