#pragma once

// `sekutu --export-map FILE [--map ...] [--date ...] [--size ...] [--lang ...] [--data DIR]`:
// paints the map without a window (offscreen platform) and exits: 0, or 1 with a message.
int runMapExport(int argc, char **argv);
