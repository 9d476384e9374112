#pragma once

// How fast a backbone trains on this computer: milliseconds per image of one full training step
// (forward, loss, backward, AdamW update of every layer) at a given input size, measured once on
// random pixels and kept in the settings, per computer (CPU model, thread count) and device.
// The picker shows it so a newcomer can weigh accuracy against time without knowing the names.

#include <QString>

namespace Hone {

struct BackboneInfo;

struct SpeedKey
{
    QString backbone;
    int imageSize = 224;
    QString device = QStringLiteral("cpu");   // resolved: "cpu", "cuda:0"

    QString settingsKey() const;              // includes the CPU model and thread count
};

// The size a backbone's speed is shown at: that of its bundled weights, else its input size.
int defaultSpeedSize(const BackboneInfo &info);

// The cached measurement, or a negative value when there is none.
double cachedSpeed(const SpeedKey &key);

// Measures (blocking: call it off the GUI thread), stores and returns milliseconds per image; a
// negative value and *error on failure. Two warm-up steps, then the median of three, batch 8.
double measureSpeed(const SpeedKey &key, QString *error);

} // namespace Hone
