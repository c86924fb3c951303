#!/usr/bin/env node
// Recognizers-Text (English) over a text file, for bench/compare.sh: how many MB/s its number
// model and its number-with-unit models read on the same text as claimcheck.
//
//   node recognize.js FILE [--mode function|model|both]
//
// The text is split into paragraphs (lines) and those into sentences; each sentence is one query,
// as a chat bot would send. Two ways of calling are timed:
//   function  recognizeNumber(sentence, Culture.English), ... : the suite's entry points, which
//             build a recognizer on every call;
//   model     the model built once (new NumberRecognizer(Culture.English).getNumberModel(), ...)
//             and model.parse(sentence) per sentence: the fastest way the library offers.
// Prints one tab-separated line per model and way: model, mode, bytes, seconds, MB/s (10^6
// bytes), results. "number-with-unit" is the four unit models one after another over the text.

'use strict';

const fs = require('fs');
const Suite = require('@microsoft/recognizers-text-suite');
const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');

function usage() {
  process.stderr.write('usage: node recognize.js FILE [--mode function|model|both]\n');
  process.exit(2);
}

const args = process.argv.slice(2);
let file = null;
let mode = 'both';
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--mode') mode = args[++i];
  else if (!file) file = args[i];
  else usage();
}
if (!file || !['function', 'model', 'both'].includes(mode)) usage();

const text = fs.readFileSync(file, 'utf8');
const bytes = Buffer.byteLength(text, 'utf8');
const sentences = [];
for (const paragraph of text.split('\n')) {
  const p = paragraph.trim();
  if (!p) continue;
  for (const s of p.split(/(?<=[.!?]["'\u201d\u2019)]?)\s+(?=["'\u201c\u2018(]?[A-Z0-9])/)) if (s.trim()) sentences.push(s);
}

const culture = Suite.Culture.English;
const unitFunctions = [Suite.recognizeCurrency, Suite.recognizeDimension, Suite.recognizeAge, Suite.recognizeTemperature];

function time(label, how, fn) {
  const start = process.hrtime.bigint();
  const results = fn();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const mbs = bytes / 1e6 / seconds;
  process.stdout.write(`${label}\t${how}\t${bytes}\t${seconds.toFixed(3)}\t${mbs.toFixed(4)}\t${results}\n`);
}

function over(parsers) {
  let results = 0;
  for (const parse of parsers) for (const s of sentences) results += parse(s).length;
  return results;
}

process.stderr.write(`${file}: ${bytes} bytes, ${sentences.length} sentences\n`);
process.stdout.write('model\tmode\tbytes\tseconds\tMB/s\tresults\n');

if (mode === 'model' || mode === 'both') {
  // built (and warmed on one sentence) before the clock starts
  const number = new NumberRecognizer(culture).getNumberModel();
  const units = new NumberWithUnitRecognizer(culture);
  const unitModels = [units.getCurrencyModel(), units.getDimensionModel(), units.getAgeModel(), units.getTemperatureModel()];
  for (const m of [number, ...unitModels]) m.parse('The 3 ships carried 1,200 tonnes worth $5 million.');
  time('number', 'model', () => over([(s) => number.parse(s)]));
  time('number-with-unit', 'model', () => over(unitModels.map((m) => (s) => m.parse(s))));
}
if (mode === 'function' || mode === 'both') {
  time('number', 'function', () => over([(s) => Suite.recognizeNumber(s, culture)]));
  time('number-with-unit', 'function', () => over(unitFunctions.map((f) => (s) => f(s, culture))));
}
