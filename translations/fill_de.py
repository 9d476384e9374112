#!/usr/bin/env python3
"""Fills German translations into hone_de.ts for the source texts listed below.

Run after `update_translations` (lupdate) to carry these translations into new entries:
    python3 translations/fill_de.py translations/hone_de.ts
"""
import sys
import xml.etree.ElementTree as ET

DE = {
    '<b>Classes</b>': '<b>Klassen</b>',
    'Press 1–9 to label the selection, 0 to clear.': '1–9 beschriftet die Auswahl, 0 entfernt die Beschriftung.',
    'Add Class…': 'Klasse hinzufügen…',
    '%1   %2  (%3)': '%1   %2  (%3)',
    '0   unlabeled  (%1)': '0   unbeschriftet  (%1)',
    'Add Class': 'Klasse hinzufügen',
    'Class name:': 'Name der Klasse:',
    'There is already a class named %1.': 'Es gibt bereits eine Klasse namens %1.',
    'The confusion matrix appears after the first validation pass.': 'Die Konfusionsmatrix erscheint nach der ersten Validierung.',
    'Confusion matrix': 'Konfusionsmatrix',
    'predicted': 'vorhergesagt',
    'true class': 'wahre Klasse',
    'Import &Folder…': '&Ordner importieren…',
    'Import &Images…': '&Bilder importieren…',
    '&Split Dataset (80/20)': 'Datensatz &aufteilen (80/20)',
    'Import Folder': 'Ordner importieren',
    'Import Images': 'Bilder importieren',
    'Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)': 'Bilder (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)',
    'No class %1: add classes in the class panel first': 'Keine Klasse %1: zuerst Klassen in der Klassenliste anlegen',
    'Split the labeled images 80/20 into train and validation, per class': 'Beschriftete Bilder je Klasse 80/20 in Training und Validierung aufgeteilt',
    'Importing images…': 'Bilder werden importiert…',
    'Cancel': 'Abbrechen',
    ' (cancelled)': ' (abgebrochen)',
    'Import': 'Import',
    'unlabeled': 'unbeschriftet',
    '%1\nclass: %2\nsplit: %3': '%1\nKlasse: %2\nAufteilung: %3',
    'none': 'keine',
    '&Dataset': '&Datensatz',
    'T&rain': 'T&raining',
    'Could not save the project: %1': 'Das Projekt konnte nicht gespeichert werden: %1',
    'Save Failed': 'Speichern fehlgeschlagen',
    'The project could not be saved:\n%1\n\nYour changes are kept in memory; Hone tries again with the next change.':
        'Das Projekt konnte nicht gespeichert werden:\n%1\n\nIhre Änderungen bleiben im Speicher; Hone versucht es mit der nächsten Änderung erneut.',
    '&File': '&Datei',
    '&New Project…': '&Neues Projekt…',
    'New Project Folder': 'Ordner für neues Projekt',
    '&Open Project…': 'Projekt ö&ffnen…',
    'Open Project Folder': 'Projektordner öffnen',
    '&Quit': '&Beenden',
    '&Edit': '&Bearbeiten',
    '&Undo': '&Rückgängig',
    '&Redo': '&Wiederholen',
    '&Train': '&Trainieren',
    'Main': 'Hauptleiste',
    'Open Project': 'Projekt öffnen',
    'Stop training before opening another project.': 'Beenden Sie das Training, bevor Sie ein anderes Projekt öffnen.',
    'The project could not be opened:\n%1': 'Das Projekt konnte nicht geöffnet werden:\n%1',
    'New Project': 'Neues Projekt',
    'No project': 'Kein Projekt',
    '%1%2 — Hone': '%1%2 — Hone',
    'Quit': 'Beenden',
    'Training is running. Stop it and quit? The run is saved as stopped.':
        'Das Training läuft. Anhalten und beenden? Der Lauf wird als angehalten gespeichert.',
    'Train': 'Trainieren',
    'Stop': 'Anhalten',
    'S&top Training': 'Training an&halten',
    '&Export Model…': 'Modell &exportieren…',
    'none (random initialisation)': 'keine (zufällige Initialisierung)',
    '…': '…',
    'How many stages of the backbone stay frozen: 0 trains everything, the maximum trains only the new head.':
        'Wie viele Stufen des Backbones eingefroren bleiben: 0 trainiert alles, das Maximum nur den neuen Kopf.',
    'AdamW': 'AdamW',
    'SGD with momentum': 'SGD mit Momentum',
    ' px': ' px',
    'Automatic': 'Automatisch',
    'CPU': 'CPU',
    'CUDA GPU': 'CUDA-GPU',
    'Settings': 'Einstellungen',
    '&Backbone:': '&Backbone:',
    '&Weights:': '&Gewichte:',
    '&Freeze stages:': 'Einge&frorene Stufen:',
    '&Epochs:': '&Epochen:',
    'Batch si&ze:': 'Batch&größe:',
    '&Learning rate:': '&Lernrate:',
    '&Optimizer:': '&Optimierer:',
    '&Image size:': 'Bild&größe:',
    '&Seed:': '&Startwert:',
    '&Device:': 'Ge&rät:',
    'epoch %v of %m': 'Epoche %v von %m',
    'Pretrained Weights': 'Vortrainierte Gewichte',
    'PyTorch weights (*.pth *.pt);;All files (*)': 'PyTorch-Gewichte (*.pth *.pt);;Alle Dateien (*)',
    'Run %1 started': 'Lauf %1 gestartet',
    'every layer trains': 'alle Schichten werden trainiert',
    'only the new head trains': 'nur der neue Kopf wird trainiert',
    'frozen up to %1': 'eingefroren bis %1',
    'Assigned %1 labeled images to train/validation (80/20 per class)': '%1 beschriftete Bilder auf Training/Validierung verteilt (80/20 je Klasse)',
    'Training on %1 images, validating on %2': 'Training mit %1 Bildern, Validierung mit %2',
    'Stopping after this batch…': 'Halte nach diesem Batch an…',
    'Validation, epoch %1 of %2: accuracy %3 %': 'Validierung, Epoche %1 von %2: Genauigkeit %3 %',
    'epoch %1/%2  train loss %3, accuracy %4 %  ·  validation loss %5, accuracy %6 %  (%7 s)':
        'Epoche %1/%2  Trainingsverlust %3, Genauigkeit %4 %  ·  Validierungsverlust %5, Genauigkeit %6 %  (%7 s)',
    'Training failed: %1': 'Training fehlgeschlagen: %1',
    'Training failed': 'Training fehlgeschlagen',
    'Run %1 %2': 'Lauf %1 %2',
    'finished': 'beendet',
    'stopped': 'angehalten',
    'Training %1': 'Training %1',
    'Export Model': 'Modell exportieren',
    'Exporting run %1 to %2…': 'Exportiere Lauf %1 nach %2…',
    'Exported %1: %2': '%1 exportiert: %2',
    'Export failed: %1': 'Export fehlgeschlagen: %1',
    'Wrote %1\n\n%2': '%1 geschrieben\n\n%2',
    'loss': 'Verlust',
    'accuracy (%)': 'Genauigkeit (%)',
    'batch loss': 'Batch-Verlust',
    'train loss': 'Trainingsverlust',
    'validation loss': 'Validierungsverlust',
    'train accuracy': 'Trainingsgenauigkeit',
    'validation accuracy': 'Validierungsgenauigkeit',
    'epoch': 'Epoche',
    'Add class %1': 'Klasse %1 hinzufügen',
    'Transfer learning workbench': 'Werkbank für Transfer Learning',
    'User interface language (e.g. de, en).': 'Sprache der Oberfläche (z. B. de, en).',
    'Project folder to open.': 'Zu öffnender Projektordner.',
    '%1   %2  (%3 · %4/%5/%6)': '%1   %2  (%3 · %4/%5/%6)',
    '%1: %2 images — training %3, validation %4, test %5, no split %6': '%1: %2 Bilder — Training %3, Validierung %4, Test %5, ohne Aufteilung %6',
    '&Rename…': '&Umbenennen…',
    'Rename Class': 'Klasse umbenennen',
    'New name:': 'Neuer Name:',
    'Change &Colour…': '&Farbe ändern…',
    'Class Colour': 'Klassenfarbe',
    '&Merge Into': '&Zusammenführen mit',
    '&Delete…': '&Löschen…',
    'There is already a class named %1; merge the two instead.': 'Es gibt bereits eine Klasse namens %1; führen Sie die beiden stattdessen zusammen.',
    'Delete Class': 'Klasse löschen',
    'All splits': 'Alle Aufteilungen',
    'Training': 'Training',
    'Validation': 'Validierung',
    'Test': 'Test',
    'No split': 'Ohne Aufteilung',
    'Filter by file name…': 'Nach Dateiname filtern…',
    'Import &Images or CSV…': '&Bilder oder CSV importieren…',
    'Images and label files (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.csv)': 'Bilder und Beschriftungsdateien (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.csv)',
    '&Copy Imported Images into the Project': 'Importierte Bilder ins Projekt &kopieren',
    'Off: images stay where they are and the project refers to them.': 'Aus: Bilder bleiben, wo sie sind, und das Projekt verweist auf sie.',
    '&Split Dataset…': 'Datensatz &aufteilen…',
    '&Next Unlabeled Image': '&Nächstes unbeschriftetes Bild',
    'Every image here is labeled': 'Alle Bilder hier sind beschriftet',
    'Move to &Training Split': 'In die &Trainingsmenge verschieben',
    'Move to &Validation Split': 'In die &Validierungsmenge verschieben',
    'Move to T&est Split': 'In die T&estmenge verschieben',
    '&Remove from Splits': 'Aus den Aufteilungen &entfernen',
    'Export Dataset as &Folders…': 'Datensatz als &Ordner exportieren…',
    'Export Dataset as &CSV…': 'Datensatz als &CSV exportieren…',
    'All classes': 'Alle Klassen',
    'Unlabeled': 'Unbeschriftet',
    'Split the labeled images per class': 'Beschriftete Bilder je Klasse aufgeteilt',
    'Export Dataset as CSV': 'Datensatz als CSV exportieren',
    'CSV files (*.csv)': 'CSV-Dateien (*.csv)',
    'Export Dataset into an Empty Folder': 'Datensatz in einen leeren Ordner exportieren',
    'Export Dataset': 'Datensatz exportieren',
    'Put the classes under train/, val/ and test/ folders?': 'Klassen unter train/, val/ und test/ ablegen?',
    'Stop training first.': 'Beenden Sie zuerst das Training.',
    'Wait until the import has finished.': 'Warten Sie, bis der Import abgeschlossen ist.',
    "The project could not be saved:\n%1\n\nFree some space or fix the folder's permissions and retry, or discard the unsaved changes.":
        'Das Projekt konnte nicht gespeichert werden:\n%1\n\nSchaffen Sie Platz oder korrigieren Sie die Zugriffsrechte und versuchen Sie es erneut, oder verwerfen Sie die ungespeicherten Änderungen.',
    'Wait until the import has finished, or cancel it.': 'Warten Sie, bis der Import abgeschlossen ist, oder brechen Sie ihn ab.',
    'Split Dataset': 'Datensatz aufteilen',
    'Every class is split in these proportions (stratified). The same seed gives the same split; unlabeled images are left out.':
        'Jede Klasse wird in diesen Anteilen aufgeteilt (stratifiziert). Derselbe Startwert ergibt dieselbe Aufteilung; unbeschriftete Bilder bleiben außen vor.',
    '&Training:': '&Training:',
    '&Validation:': '&Validierung:',
    'T&est:': 'T&est:',
    'Rename class %1 to %2': 'Klasse %1 in %2 umbenennen',
    'Recolour class %1': 'Farbe der Klasse %1 ändern',
    'Merge class %1 into %2': 'Klasse %1 mit %2 zusammenführen',
    'Delete class %1': 'Klasse %1 löschen',
    '%1 predicted as %2': '%1 vorhergesagt als %2',
    '%1 → %2  %3 %': '%1 → %2  %3 %',
    'now: %1': 'jetzt: %1',
    'Click a cell to see its images': 'Klicken Sie auf eine Zelle, um ihre Bilder zu sehen',
    'Show row &percentages': 'Zeilen&prozente zeigen',
    'batch loss, smoothed': 'Batch-Verlust, geglättet',
    '&Log-scale loss': '&Logarithmischer Verlust',
    'Save &Plots…': 'Diagramme &speichern…',
    'Export &Numbers…': '&Zahlen exportieren…',
    'Save Plots': 'Diagramme speichern',
    'PNG image (*.png);;PDF document (*.pdf)': 'PNG-Bild (*.png);;PDF-Dokument (*.pdf)',
    'Export Numbers': 'Zahlen exportieren',
    '%1\nepoch %2: %3': '%1\nEpoche %2: %3',
}

NUMERUS = {
    'Imported %n image(s)': ('%n Bild importiert', '%n Bilder importiert'),
    ', %n duplicate(s) skipped': (', %n Duplikat übersprungen', ', %n Duplikate übersprungen'),
    '%n file(s) could not be imported.': ('%n Datei konnte nicht importiert werden.', '%n Dateien konnten nicht importiert werden.'),
    'Opened %1: %n image(s)': ('%1 geöffnet: %n Bild', '%1 geöffnet: %n Bilder'),
    'Import %n image(s)': ('%n Bild importieren', '%n Bilder importieren'),
    'Label %n image(s) as %1': ('%n Bild als %1 beschriften', '%n Bilder als %1 beschriften'),
    'Clear the label of %n image(s)': ('Beschriftung von %n Bild entfernen', 'Beschriftung von %n Bildern entfernen'),
    'Split %n image(s)': ('%n Bild aufteilen', '%n Bilder aufteilen'),
    'Exported %n image(s) to %1': ('%n Bild nach %1 exportiert', '%n Bilder nach %1 exportiert'),
    'Delete the class %1? Its %n image(s) stay in the project, unlabeled. (To give them another class, use Merge Into instead.) Edit › Undo brings everything back.': (
        'Die Klasse %1 löschen? Ihr %n Bild bleibt unbeschriftet im Projekt. (Um ihm eine andere Klasse zu geben, nutzen Sie „Zusammenführen mit“.) Bearbeiten › Rückgängig stellt alles wieder her.',
        'Die Klasse %1 löschen? Ihre %n Bilder bleiben unbeschriftet im Projekt. (Um ihnen eine andere Klasse zu geben, nutzen Sie „Zusammenführen mit“.) Bearbeiten › Rückgängig stellt alles wieder her.'),
    '%n image(s) of class %1 predicted as %2, most confident first. Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); double-click to open an image in the Dataset view.': (
        '%n Bild der Klasse %1, vorhergesagt als %2. 1–9 gibt den ausgewählten Bildern eine Klasse, 0 entfernt sie (Bearbeiten › Rückgängig nimmt es zurück); Doppelklick öffnet ein Bild in der Datensatzansicht.',
        '%n Bilder der Klasse %1, vorhergesagt als %2, die sichersten zuerst. 1–9 gibt den ausgewählten Bildern eine Klasse, 0 entfernt sie (Bearbeiten › Rückgängig nimmt es zurück); Doppelklick öffnet ein Bild in der Datensatzansicht.'),
}


def main(path):
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        if source in DE:
            translation.text = DE[source]
            translation.attrib.pop('type', None)
            filled += 1
        elif source in NUMERUS:
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in NUMERUS[source]:
                ET.SubElement(translation, 'numerusform').text = form
            translation.attrib.pop('type', None)
            filled += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    print(f'{path}: {filled} translations filled')


if __name__ == '__main__':
    main(sys.argv[1])
