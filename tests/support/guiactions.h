#pragma once

#include <QString>

#include <functional>

class QTextBrowser;
class QWidget;

// Clicks the first link to href in a text browser, as a reader would; false when there is none.
bool clickLink(QTextBrowser *browser, const QString &href);

// Polls (from the event loop, while a modal dialog runs its own) until act() accepts the
// active modal widget; the timer then goes.
void whenModal(const std::function<bool(QWidget *)> &act);
