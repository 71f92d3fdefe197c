// The register's exports in the real extension host: "Export the register (CSV)" and "Export the
// calendar (ICS)" write what the Cases view holds, the calendar through the ICS writer that loads
// on first use (dist/ics.js, ical.js inside). The save dialog and the message that follows are the
// user's; the test answers them in their place.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './util';

interface Api {
  casesView(): { cases: number; requests: number };
  onDidRefreshCases: vscode.Event<{ cases: number }>;
}

describe('the register exports', () => {
  let dir: string;
  const win = vscode.window as unknown as Record<string, unknown>;
  const saved: Record<string, unknown> = {};
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wc-export-'));
    const api = (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()) as Api;
    // The view fills from a scan of the workspace; wait for it rather than for a time.
    if (api.casesView().cases === 0) await new Promise<void>((resolve) => { const sub = api.onDidRefreshCases((s) => { if (s.cases > 0) { sub.dispose(); resolve(); } }); });
    for (const k of ['showSaveDialog', 'showInformationMessage']) saved[k] = win[k];
  });
  after(() => {
    Object.assign(win, saved);
    rmSync(dir, { recursive: true, force: true });
  });

  /** Run an export command, answering its save dialog with `file` and its message with nothing. */
  async function exportTo(command: string, file: string): Promise<{ text: string; message: string }> {
    let message = '';
    win.showSaveDialog = async () => vscode.Uri.file(file);
    win.showInformationMessage = async (m: string) => { message = m; return undefined; };
    await vscode.commands.executeCommand(command);
    return { text: readFileSync(file, 'utf8'), message };
  }

  it('the register: a CSV row per request of every case in the workspace', async () => {
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as Api;
    const { text, message } = await exportTo('whichChannel.exportRegister', join(dir, 'register.csv'));
    const lines = text.split('\r\n').filter(Boolean);
    assert.match(lines[0], /^case,request,channel,/);
    assert.equal(lines.length - 1, api.casesView().requests);
    assert.match(message, new RegExp(`${api.casesView().cases} cases exported`));
  });

  it('the calendar: the ICS writer loads on first use and writes a calendar a client parses', async () => {
    const { text } = await exportTo('whichChannel.exportCalendar', join(dir, 'calendar.ics'));
    const cal = new ICAL.Component(ICAL.parse(text));
    assert.equal(cal.getFirstPropertyValue('prodid'), 'which-channel');
    for (const ev of cal.getAllSubcomponents('vevent')) {
      assert.match(String(ev.getFirstPropertyValue('uid')), /@which-channel$/);
      assert.equal(ev.getAllSubcomponents('valarm').length, 1);
    }
  });
});
