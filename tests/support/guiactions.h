#pragma once

#include <QString>

class QTextBrowser;

// Clicks the first link to href in a text browser, as a reader would; false when there is none.
bool clickLink(QTextBrowser *browser, const QString &href);
