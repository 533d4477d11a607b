'use strict';
// The OpsLedger dashboard: reads GET /metrics and GET /health every few seconds and draws them. Plain DOM and
// inline SVG, no library and no build step. Settings (including an API key) stay in this browser's localStorage.

const REFRESH_MS = 5000;
const TREND_REFRESH_MS = 60000;
const TREND_WEEKS = 12;
const REQUEST_TIMEOUT_MS = 4000;
const WEEK_MS = 7 * 24 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;
const STORAGE_KEY = 'opsledger.dashboard';
const KEYS = [
  {key: 'deploymentFrequency', label: 'Deployment frequency'},
  {key: 'leadTimeForChanges', label: 'Lead time for changes'},
  {key: 'changeFailureRate', label: 'Change failure rate'},
  {key: 'timeToRestore', label: 'Time to restore'},
];
const ALL_SERVICES = 'All services';

const state = {running: false, dora: null, trends: new Map(), trendsAt: 0, trendsFor: '', lastSuccess: null};

function settings() {
  const defaults = {environment: 'production', services: '', windowDays: 30, apiBase: '', apiKey: ''};
  try {
    return Object.assign(defaults, JSON.parse(localStorage.getItem(STORAGE_KEY) || '{}'));
  } catch (unreadable) {
    return defaults;
  }
}

function services(current) {
  const named = current.services.split(',').map(name => name.trim()).filter(name => name.length > 0);
  return [null, ...new Set(named)];
}

function apiUrl(current, path, query) {
  const base = current.apiBase.trim().replace(/\/+$/, '');
  const search = new URLSearchParams(Object.entries(query || {}).filter(([, value]) => value !== null));
  const tail = search.toString() ? path + '?' + search : path;
  return base ? base + tail : tail;
}

class Unreachable extends Error {}

async function getJson(current, path, query, acceptStatuses) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  const headers = {Accept: 'application/json'};
  if (current.apiKey) {
    headers['x-api-key'] = current.apiKey;
  }
  let response;
  try {
    response = await fetch(apiUrl(current, path, query), {headers, signal: controller.signal, cache: 'no-store'});
  } catch (failed) {
    throw new Unreachable(failed.name === 'AbortError' ? 'no answer within 4 s' : failed.message);
  } finally {
    clearTimeout(timer);
  }
  const body = await response.json().catch(() => null);
  if (response.ok || (acceptStatuses || []).includes(response.status) && body && !body.type) {
    return body;
  }
  const said = body && (body.detail || body.message) ? ': ' + (body.detail || body.message) : '';
  const hint = response.status === 403 ? ' (set the API key in Settings)' : '';
  throw new Error(path + ' answered ' + response.status + said + hint);
}

function isoSeconds(millis) {
  return new Date(Math.floor(millis / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function el(tag, attributes, ...children) {
  const svg = ['svg', 'polyline', 'circle', 'line', 'title'].includes(tag) && attributes && attributes.svg;
  const node = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name !== 'svg' && value !== null && value !== undefined) {
      node.setAttribute(name, String(value));
    }
  });
  children.flat().forEach(child => node.append(child instanceof Node ? child : String(child)));
  return node;
}

function replace(id, ...nodes) {
  document.getElementById(id).replaceChildren(...nodes);
}

function duration(seconds) {
  if (seconds === null || seconds === undefined) {
    return 'no data';
  }
  const whole = Math.round(seconds);
  if (whole < 60) {
    return whole + ' s';
  }
  const days = Math.floor(whole / 86400);
  const hours = Math.floor(whole % 86400 / 3600);
  const minutes = Math.floor(whole % 3600 / 60);
  if (days > 0) {
    return days + ' d ' + hours + ' h';
  }
  return hours > 0 ? hours + ' h ' + minutes + ' min' : minutes + ' min';
}

function valueText(key, figure) {
  if (figure.value === null) {
    return 'no data';
  }
  switch (key) {
    case 'deploymentFrequency': return figure.value.toFixed(2) + ' per day';
    case 'changeFailureRate': return (figure.value * 100).toFixed(1) + ' %';
    default: return duration(figure.value);
  }
}

function count(number, noun) {
  return number + ' ' + noun + (number === 1 ? '' : 's');
}

function sampleText(key, figure) {
  switch (key) {
    case 'deploymentFrequency':
      return figure.sampleSize + ' successful of ' + count(figure.attempts, 'deployment') + ', '
        + figure.deploymentDaysPerWeek.toFixed(1) + ' deployment days a week';
    case 'leadTimeForChanges':
      return count(figure.sampleSize, 'change') + (figure.p90 === null ? '' : ', p90 ' + duration(figure.p90));
    case 'changeFailureRate':
      return figure.failedDeployments + ' failed of ' + count(figure.sampleSize, 'deployment');
    default:
      return count(figure.sampleSize, 'incident') + ' restored';
  }
}

function levelBadge(level) {
  const words = level ? level[0].toUpperCase() + level.slice(1) : 'No level';
  return el('span', {class: 'badge level level-' + (level || 'none')}, words);
}

function statusBadge(status) {
  return el('span', {class: 'badge status status-' + status}, status[0].toUpperCase() + status.slice(1));
}

function trendChart(key, label, service, points) {
  const width = 132;
  const height = 32;
  const known = points.filter(point => point !== null);
  const max = Math.max(...known, 0);
  const x = index => 2 + index * (width - 4) / (TREND_WEEKS - 1);
  const y = value => height - 3 - (max === 0 ? 0 : value / max * (height - 6));
  const description = 'Weekly trend of ' + label.toLowerCase() + ', ' + service + ', last ' + TREND_WEEKS + ' weeks: '
    + points.map(point => point === null ? 'no data' : valueText(key, {value: point})).join(', ');
  const chart = el('svg', {svg: true, class: 'trend', width, height, viewBox: '0 0 ' + width + ' ' + height,
    role: 'img', 'aria-label': description});
  chart.append(el('title', {svg: true}, description));
  chart.append(el('line', {svg: true, class: 'axis', x1: 0, y1: height - 3, x2: width, y2: height - 3}));
  let segment = [];
  const flush = () => {
    if (segment.length > 1) {
      chart.append(el('polyline', {svg: true, points: segment.join(' ')}));
    }
    segment = [];
  };
  points.forEach((point, index) => {
    if (point === null) {
      flush();
      return;
    }
    segment.push(x(index).toFixed(1) + ',' + y(point).toFixed(1));
    chart.append(el('circle', {svg: true, cx: x(index).toFixed(1), cy: y(point).toFixed(1), r: 1.8}));
  });
  flush();
  return chart;
}

function figureCell(key, label, service, report, trend) {
  const figure = report[key];
  const name = label + ', ' + service;
  return el('td', {},
    el('div', {class: 'figure', role: 'group', 'aria-label': name, 'data-key': key, 'data-service': service},
      el('span', {class: 'value', 'data-raw': figure.value === null ? 'null' : figure.value}, valueText(key, figure)),
      levelBadge(figure.levels.dora2023),
      el('span', {class: 'sample', 'data-raw': figure.sampleSize}, sampleText(key, figure)),
      trend ? trendChart(key, label, service, trend.map(week => week === null ? null : week[key].value))
        : el('span', {class: 'detail'}, 'trend loading…')));
}

async function weeklyTrend(current, service, to) {
  const weeks = [];
  for (let week = TREND_WEEKS; week >= 1; week--) {
    const from = to - week * WEEK_MS;
    weeks.push(getJson(current, '/metrics', {service, environment: current.environment, from: isoSeconds(from),
      to: isoSeconds(from + WEEK_MS)}).catch(() => null));
  }
  return Promise.all(weeks);
}

async function refreshDora(current, now) {
  const to = Math.floor(now / 1000) * 1000;
  const from = to - current.windowDays * DAY_MS;
  const rows = services(current);
  const reports = await Promise.all(rows.map(service => getJson(current, '/metrics',
    {service, environment: current.environment, from: isoSeconds(from), to: isoSeconds(to)})));
  const trendKey = JSON.stringify([current.apiBase, current.environment, rows]);
  if (trendKey !== state.trendsFor || now - state.trendsAt > TREND_REFRESH_MS) {
    state.trendsFor = trendKey;
    state.trendsAt = now;
    Promise.all(rows.map(service => weeklyTrend(current, service, to))).then(trends => {
      if (state.trendsFor === trendKey) {
        state.trends = new Map(rows.map((service, index) => [service, trends[index]]));
        drawDora(state.dora);
      }
    });
  }
  state.dora = {current, rows, reports, from: isoSeconds(from), to: isoSeconds(to)};
  drawDora(state.dora);
}

// Always the latest reports: trends arrive later and must not bring back an older refresh's figures.
function drawDora({current, rows, reports, from, to}) {
  document.getElementById('dora-window').textContent = 'Environment ' + current.environment + ', from ' + from
    + ' to ' + to + ' (levels: DORA 2023).';
  const table = el('table', {id: 'dora-table', 'data-from': from, 'data-to': to, 'data-environment': current.environment},
    el('caption', {class: 'note'}, 'The four keys of each service, with their level and sample size'),
    el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Service'),
      KEYS.map(({label}) => el('th', {scope: 'col'}, label)))),
    el('tbody', {}, rows.map((service, index) => {
      const name = service === null ? ALL_SERVICES : service;
      return el('tr', {'data-service': name}, el('th', {scope: 'row'}, name),
        KEYS.map(({key, label}) => figureCell(key, label, name, reports[index], state.trends.get(service))));
    })));
  replace('dora', table);
}

function age(seconds) {
  return seconds === null ? 'never checked' : duration(seconds) + ' ago';
}

function drawHealth(health) {
  replace('health-overall',
    el('p', {}, 'Overall: ', statusBadge(health.status), ' at ' + health.at),
    health.reasons.length ? el('ul', {class: 'reasons'}, health.reasons.map(reason => el('li', {}, reason))) : '');
  const active = health.activeRegion;
  replace('active-region', el('p', {class: 'active-region'}, 'Active region: ',
    el('strong', {id: 'active-region-name'}, active.region), ', fencing epoch ',
    el('strong', {id: 'fencing-epoch'}, active.epoch),
    active.switching ? ' — a switch is under way: writes are fenced (503)' : '',
    active.since ? ', since ' + active.since : ''));
  replace('components', el('table', {id: 'components-table'},
    el('thead', {}, el('tr', {}, ['Region', 'Component', 'Status', 'Last check'].map(h => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, health.components.map(component => el('tr',
      {'data-region': component.region, 'data-component': component.component},
      el('th', {scope: 'row'}, component.region), el('td', {}, component.component),
      el('td', {}, statusBadge(component.status)),
      el('td', {}, age(component.lastCheckAgeSeconds)
        + (component.lastCheck ? (component.lastCheck.passed ? ', passed' : ', failed: ' + component.lastCheck.reason) : '')
        + (component.stale ? ' (stale)' : '')))))));
  replace('routes', health.routes.length === 0 ? el('p', {class: 'note'}, 'No replication observed yet.')
    : el('table', {id: 'routes-table'},
      el('thead', {}, el('tr', {}, ['Route', 'Lag', 'Observed', 'Failures since last success'].map(h => el('th', {scope: 'col'}, h)))),
      el('tbody', {}, health.routes.map(route => el('tr', {},
        el('th', {scope: 'row'}, route.source + ' → ' + route.target),
        el('td', {}, route.lagSeconds === null ? 'no data' : route.lagSeconds.toFixed(1) + ' s'),
        el('td', {}, route.lagAgeSeconds === null ? 'never' : duration(route.lagAgeSeconds) + ' ago'),
        el('td', {}, route.consecutiveFailures))))));
  drawFailovers(health.failovers || []);
}

function orphans(number) {
  return number === null ? '—' : String(number);
}

function drawFailovers(failovers) {
  replace('failovers', failovers.length === 0 ? el('p', {class: 'note'}, 'No failover recorded.')
    : el('table', {id: 'failovers-table'},
      el('caption', {class: 'note'}, 'Newest first. Reapplied and quarantined: what a failback did with the former'
        + ' primary\'s commits that never reached the other region.'),
      el('thead', {}, el('tr', {}, ['Started', 'Kind', 'From → to', 'Epoch', 'Duration', 'Reapplied', 'Quarantined']
        .map(h => el('th', {scope: 'col'}, h)))),
      el('tbody', {}, failovers.map(row => el('tr', {'data-kind': row.kind, 'data-epoch': row.epoch},
        el('th', {scope: 'row'}, row.startedAt),
        el('td', {}, row.kind === 'failover' ? 'Failover' : 'Failback'),
        el('td', {}, row.from + ' → ' + row.to),
        el('td', {}, row.epoch),
        el('td', {}, row.durationSeconds === null ? 'under way' : durationPrecise(row.durationSeconds)),
        el('td', {}, orphans(row.reapplied)),
        el('td', {}, orphans(row.quarantined)))))));
}

function durationPrecise(seconds) {
  return seconds < 60 ? seconds.toFixed(1) + ' s' : duration(seconds);
}

function say(message, failed) {
  const status = document.getElementById('status');
  status.textContent = message;
  status.classList.toggle('error', failed);
}

async function refresh() {
  if (state.running) {
    return;
  }
  state.running = true;
  const current = settings();
  const where = current.apiBase.trim() || 'this server';
  const now = Date.now();
  try {
    const [health] = await Promise.all([
      getJson(current, '/health', null, [503]),
      refreshDora(current, now),
      refreshOutages(current),
    ]);
    drawHealth(health);
    state.lastSuccess = new Date(now);
    say('Updated ' + state.lastSuccess.toLocaleTimeString() + ' from ' + where + '; refreshing every '
      + REFRESH_MS / 1000 + ' s.', false);
  } catch (failed) {
    const since = state.lastSuccess ? ' The figures shown are from ' + state.lastSuccess.toLocaleTimeString() + '.' : '';
    say(failed instanceof Unreachable
      ? 'The API at ' + where + ' is unreachable (' + failed.message + '). Retrying every ' + REFRESH_MS / 1000 + ' s.' + since
      : 'The API at ' + where + ' could not answer: ' + failed.message + '.' + since, true);
  } finally {
    state.running = false;
  }
}

function chaosOn() {
  return document.documentElement.dataset.chaos === 'on';
}

async function refreshOutages(current) {
  if (!chaosOn()) {
    return;
  }
  const answer = await fetch('/local/outage', {cache: 'no-store'}).then(response => response.json()).catch(() => null);
  const status = document.getElementById('outage-status');
  // A refusal stays until the next request; otherwise the line follows what is dark now.
  if (answer && !status.dataset.pending && !status.classList.contains('error')) {
    status.textContent = answer.dark.length === 0 ? 'No region is dark.'
      : answer.dark.map(outage => outage.region + ' is dark until ' + outage.until).join('; ') + '.';
  }
}

async function startOutage(event) {
  event.preventDefault();
  const current = settings();
  const region = document.getElementById('outage-region').value;
  const length = document.getElementById('outage-for').value.trim();
  const status = document.getElementById('outage-status');
  const headers = current.apiKey ? {'x-api-key': current.apiKey} : {};
  status.dataset.pending = 'yes';
  status.classList.remove('error');
  try {
    const response = await fetch('/local/outage?' + new URLSearchParams({region, for: length}),
      {method: 'POST', headers});
    const body = await response.json();
    status.classList.toggle('error', !response.ok);
    status.textContent = response.ok ? body.region + ' is dark until ' + body.until + '.'
      : 'Refused: ' + (body.detail || body.message);
  } catch (failed) {
    status.classList.add('error');
    status.textContent = 'The server is unreachable: ' + failed.message;
  } finally {
    delete status.dataset.pending;
  }
  refresh();
}

function showSettings() {
  const current = settings();
  document.getElementById('environment').value = current.environment;
  document.getElementById('services').value = current.services;
  document.getElementById('window-days').value = String(current.windowDays);
  document.getElementById('api-base').value = current.apiBase;
  document.getElementById('api-key').value = current.apiKey;
}

function saveSettings(event) {
  event.preventDefault();
  const form = event.target;
  localStorage.setItem(STORAGE_KEY, JSON.stringify({
    environment: form.environment.value.trim() || 'production',
    services: form.services.value,
    windowDays: Number(form.windowDays.value),
    apiBase: form.apiBase.value.trim(),
    apiKey: form.apiKey.value,
  }));
  state.trendsFor = '';
  refresh();
}

document.addEventListener('DOMContentLoaded', () => {
  showSettings();
  document.getElementById('settings').addEventListener('submit', saveSettings);
  document.getElementById('refresh-now').addEventListener('click', refresh);
  if (chaosOn()) {
    document.getElementById('chaos').hidden = false;
    document.getElementById('outage-form').addEventListener('submit', startOutage);
  }
  refresh();
  setInterval(refresh, REFRESH_MS);
});
