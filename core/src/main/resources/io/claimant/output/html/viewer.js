/*
 * Claimant viewer: draws a document's claims over its text.
 *
 * Used by the live page (index.html, served by `claimant serve`) and by the static pages of
 * `claimant extract --format html`. No dependencies, no inline code (the server sends a CSP of
 * default-src 'self'), and article text only ever reaches the page through textContent.
 */
(function () {
  'use strict';

  var TYPES = ['direct', 'indirect', 'mixed'];
  /** The parts of a claim a piece of text can belong to, least specific first: a source's core is in its source. */
  var ROLES = ['content', 'cue', 'source', 'core'];

  /**
   * Claimant's offsets count Unicode code points; JavaScript strings count UTF-16 units. Entry i is
   * the UTF-16 index of code point i, with one extra entry for the end of the text.
   */
  function codePointIndex(text) {
    var table = [];
    var i = 0;
    while (i < text.length) {
      table.push(i);
      i += text.codePointAt(i) > 0xffff ? 2 : 1;
    }
    table.push(text.length);
    return table;
  }

  /** A span in code points becomes one in UTF-16 units, clamped to the text; empty spans are dropped. */
  function toUnits(table, begin, end) {
    var last = table.length - 1;
    var b = table[Math.max(0, Math.min(begin, last))];
    var e = table[Math.max(0, Math.min(end, last))];
    return e > b ? [b, e] : null;
  }

  /**
   * Every span to draw, in UTF-16 units: claim parts (content, cue, source and the source's core) and entity
   * mentions.
   */
  function collectSpans(doc, table) {
    var spans = [];
    function add(kind, key, begin, end, extra) {
      var units = toUnits(table, begin, end);
      if (units) {
        spans.push({ kind: kind, key: key, begin: units[0], end: units[1], extra: extra });
      }
    }
    (doc.claims || []).forEach(function (claim, i) {
      add('content', i, claim.content.begin, claim.content.end);
      // Inside begin..end but outside every segment: an inserted speech tag, drawn without the fill.
      var segments = claim.content.segments || [[claim.content.begin, claim.content.end]];
      for (var s = 1; s < segments.length; s++) {
        add('gap', i, segments[s - 1][1], segments[s][0]);
      }
      if (claim.cue) {
        add('cue', i, claim.cue.begin, claim.cue.end);
      }
      if (claim.source) {
        add('source', i, claim.source.begin, claim.source.end);
        // Lines written before the core was added have none: their source is its own core.
        var core = claim.source.core || claim.source;
        add('core', i, core.begin, core.end);
      }
    });
    (doc.entities || []).forEach(function (entity) {
      (entity.mentions || []).forEach(function (mention) {
        add('entity', entity.id, mention.begin, mention.end, entity);
      });
    });
    return spans;
  }

  /**
   * The boundary sweep: the text is cut at every span boundary, and each piece knows every span that
   * covers it, so spans may nest or overlap in any way and still be drawn as flat pieces.
   */
  function pieces(text, spans) {
    var cuts = [0, text.length];
    spans.forEach(function (span) { cuts.push(span.begin, span.end); });
    cuts = Array.from(new Set(cuts)).sort(function (a, b) { return a - b; });
    var starting = {};
    spans.forEach(function (span) { (starting[span.begin] = starting[span.begin] || []).push(span); });
    var active = [];
    var result = [];
    for (var c = 0; c + 1 < cuts.length; c++) {
      var begin = cuts[c];
      var end = cuts[c + 1];
      active = active.filter(function (span) { return span.end > begin; }).concat(starting[begin] || []);
      result.push({ begin: begin, end: end, spans: active.slice() });
    }
    return result;
  }

  /** Claim i's colour: hues spread by the golden angle, so neighbouring claims differ. */
  function hue(i) {
    return Math.round((i * 137.508) % 360);
  }

  function claimsOf(spans, kind) {
    return spans.filter(function (s) { return s.kind === kind; }).map(function (s) { return s.key; });
  }

  /** The innermost claim content covering a piece gives it its fill. */
  function innermost(spans, kind) {
    var best = null;
    spans.forEach(function (s) {
      if (s.kind === kind && (best === null || s.end - s.begin < best.end - best.begin)) {
        best = s;
      }
    });
    return best;
  }

  function drawPiece(text, piece, claims) {
    var el = document.createElement('span');
    el.textContent = text.slice(piece.begin, piece.end);
    if (piece.spans.length === 0) {
      return el;
    }
    el.className = 'piece';
    var titles = [];
    ROLES.forEach(function (role) {
      var keys = claimsOf(piece.spans, role);
      if (keys.length) {
        el.setAttribute('data-' + role, keys.join(' '));
      }
    });
    var content = innermost(piece.spans, 'content');
    if (content) {
      var gap = piece.spans.some(function (s) { return s.kind === 'gap' && s.key === content.key; });
      el.classList.add(gap ? 'content-gap' : 'content');
      el.classList.add('type-' + claims[content.key].type);
      el.style.setProperty('--claim-hue', hue(content.key));
      titles.push('claim ' + content.key + ' (' + claims[content.key].type + ') content');
    }
    var cue = innermost(piece.spans, 'cue');
    if (cue) {
      el.classList.add('cue');
      el.style.setProperty('--cue-hue', hue(cue.key));
      titles.push('claim ' + cue.key + ' cue');
    }
    var source = innermost(piece.spans, 'source');
    if (source) {
      el.classList.add('source');
      el.style.setProperty('--source-hue', hue(source.key));
      if (piece.begin === source.begin) {
        el.classList.add('source-start');
      }
      if (piece.end === source.end) {
        el.classList.add('source-end');
      }
      titles.push('claim ' + source.key + ' source');
      // The source is boxed, and the noun phrase in it that names the speaker underlined.
      var core = innermost(piece.spans, 'core');
      if (core && core.key === source.key) {
        el.classList.add('source-core');
        titles.push('claim ' + core.key + ' speaker');
      }
    }
    var entity = innermost(piece.spans, 'entity');
    if (entity) {
      el.classList.add('entity', 'entity-' + String(entity.extra.type).toLowerCase());
      el.setAttribute('data-entity', entity.key);
      titles.push('entity ' + entity.extra.name + ' (' + entity.extra.type + ')');
    }
    el.title = titles.join('; ');
    return el;
  }

  function cell(row, value, className) {
    var td = document.createElement('td');
    td.textContent = value;
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
    return td;
  }

  function sourceLabel(claim) {
    if (!claim.source) {
      return '—';
    }
    var names = (claim.source.entities || []).map(function (e) {
      return e.title ? e.name + ' (' + e.title + ')' : e.name;
    });
    return names.length ? claim.source.text + ' → ' + names.join(', ') : claim.source.text;
  }

  /** The pieces of one part (content, cue, source or core) of claim i, in text order. */
  function partPieces(container, role, i) {
    return Array.prototype.slice.call(container.querySelectorAll('[data-' + role + '~="' + i + '"]'));
  }

  function flash(elements) {
    elements.forEach(function (el) {
      el.classList.remove('flash');
      // Reading the layout restarts the animation when the same row is clicked twice.
      void el.offsetWidth;
      el.classList.add('flash');
    });
  }

  function drawTable(tableContainer, container, claims) {
    var table = document.createElement('table');
    table.className = 'claims';
    var head = table.createTHead().insertRow();
    ['#', 'Source → entities', 'Cue', 'Content', 'Type', 'Confidence'].forEach(function (name) {
      var th = document.createElement('th');
      th.textContent = name;
      head.appendChild(th);
    });
    var body = table.createTBody();
    claims.forEach(function (claim, i) {
      var row = body.insertRow();
      row.setAttribute('data-claim', i);
      row.tabIndex = 0;
      var number = cell(row, String(i), 'claim-number');
      number.style.setProperty('--claim-hue', hue(i));
      cell(row, sourceLabel(claim));
      cell(row, claim.cue ? claim.cue.text : '—');
      cell(row, claim.content.text, 'claim-content');
      cell(row, claim.type, 'type type-' + claim.type);
      cell(row, Number(claim.confidence).toFixed(2));
      function show() {
        var parts = partPieces(container, 'content', i);
        var target = parts.length ? parts[0] : partPieces(container, 'source', i)[0];
        if (target) {
          target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'auto' });
        }
        flash(parts.concat(partPieces(container, 'cue', i), partPieces(container, 'source', i)));
      }
      row.addEventListener('click', show);
      row.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          show();
        }
      });
    });
    tableContainer.appendChild(table);
    return table;
  }

  /** Hovering any part of a claim, or its row, lights up its source, cue and content together. */
  function linkOnHover(container, table) {
    var lit = [];
    function light(i) {
      lit = ROLES.reduce(function (all, role) { return all.concat(partPieces(container, role, i)); }, []);
      var row = table.querySelector('tr[data-claim="' + i + '"]');
      if (row) {
        lit.push(row);
      }
      lit.forEach(function (el) { el.classList.add('linked'); });
    }
    function unlight() {
      lit.forEach(function (el) { el.classList.remove('linked'); });
      lit = [];
    }
    function claimAt(target) {
      if (!(target instanceof Element)) {
        return null;
      }
      var row = target.closest('tr[data-claim]');
      if (row) {
        return row.getAttribute('data-claim');
      }
      // A source's core, then a source, is the most specific part of a piece (it often sits inside another claim's
      // content).
      for (var r = ROLES.length - 1; r >= 0; r--) {
        var value = target.getAttribute('data-' + ROLES[r]);
        if (value) {
          return value.split(' ')[0];
        }
      }
      return null;
    }
    [container, table].forEach(function (root) {
      root.addEventListener('mouseover', function (event) {
        unlight();
        var i = claimAt(event.target);
        if (i !== null) {
          light(i);
        }
      });
      root.addEventListener('mouseleave', unlight);
    });
  }

  function legend() {
    var box = document.createElement('div');
    box.className = 'legend';
    function item(className, label) {
      var sample = document.createElement('span');
      sample.className = 'piece ' + className;
      sample.style.setProperty('--claim-hue', 210);
      sample.style.setProperty('--cue-hue', 210);
      sample.style.setProperty('--source-hue', 210);
      sample.textContent = label;
      box.appendChild(sample);
      box.appendChild(document.createTextNode(' '));
    }
    TYPES.forEach(function (type) { item('content type-' + type, type); });
    item('cue', 'cue');
    item('source source-start source-end', 'source');
    item('source source-start source-end source-core', 'speaker (source core)');
    ['person', 'organization', 'location', 'misc'].forEach(function (type) {
      item('entity entity-' + type, type.toLowerCase());
    });
    return box;
  }

  /**
   * Draws documentJson (the document format of `claimant extract --format document`) over text, the
   * document's text, into container, and its table of claims into tableContainer. Both are emptied first.
   */
  function renderDocument(container, tableContainer, documentJson, text) {
    container.textContent = '';
    tableContainer.textContent = '';
    var claims = documentJson.claims || [];
    var table = codePointIndex(text);
    var body = document.createElement('div');
    body.className = 'document-text';
    pieces(text, collectSpans(documentJson, table)).forEach(function (piece) {
      body.appendChild(drawPiece(text, piece, claims));
    });
    container.appendChild(legend());
    container.appendChild(body);
    if (documentJson.text_length !== null && documentJson.text_length !== undefined
        && documentJson.text_length !== table.length - 1) {
      var warning = document.createElement('p');
      warning.className = 'warning';
      warning.textContent = 'The text has ' + (table.length - 1) + ' code points but the claims were found in '
          + documentJson.text_length + ': highlights may be misplaced.';
      container.insertBefore(warning, body);
    }
    var summary = document.createElement('p');
    summary.className = 'summary';
    summary.textContent = claims.length === 1 ? '1 claim' : claims.length + ' claims';
    tableContainer.appendChild(summary);
    linkOnHover(body, drawTable(tableContainer, body, claims));
  }

  /** The claims as JSON Lines, the format of `claimant extract --format claims`. */
  function claimsJsonLines(documentJson) {
    return (documentJson.claims || []).map(function (claim) { return JSON.stringify(claim) + '\n'; }).join('');
  }

  function download(documentJson) {
    var blob = new Blob([claimsJsonLines(documentJson)], { type: 'application/x-ndjson' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    var name = String(documentJson.doc || 'claims').replace(/^.*\//, '').replace(/\.txt$/, '');
    link.download = (name === '-' ? 'claims' : name) + '.claims.jsonl';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
  }

  function enableDownload(button, documentJson) {
    button.disabled = false;
    button.onclick = function () { download(documentJson); };
  }

  /** A static page (claimant extract --format html) carries its document as JSON in a data block. */
  function startStaticPage(data) {
    var embedded = JSON.parse(data.textContent);
    renderDocument(document.getElementById('text'), document.getElementById('table'),
        embedded.document, embedded.text);
    var button = document.getElementById('download');
    if (button) {
      enableDownload(button, embedded.document);
    }
  }

  function showError(status, message) {
    status.textContent = message;
    status.className = 'status error';
  }

  /** The live page: the article goes to the server, which answers in the document format. */
  function startLivePage(form) {
    var input = document.getElementById('article');
    var status = document.getElementById('status');
    var button = document.getElementById('download');
    input.addEventListener('dragover', function (event) { event.preventDefault(); });
    input.addEventListener('drop', function (event) {
      var file = event.dataTransfer && event.dataTransfer.files[0];
      if (file) {
        event.preventDefault();
        file.text().then(function (text) { input.value = text; });
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      // The server drops a leading byte order mark; so must we, or every offset is one off.
      var text = input.value.replace(/^\uFEFF/, '');
      status.textContent = 'Extracting…';
      status.className = 'status';
      button.disabled = true;
      fetch('api/v1/claims?format=document', {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: text
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (!response.ok || json.error) {
            var reason = json.error || (json.message) || response.statusText;
            throw new Error(response.status + (json.error_code ? ' ' + json.error_code : '') + ': ' + reason);
          }
          return json;
        });
      }).then(function (json) {
        renderDocument(document.getElementById('text'), document.getElementById('table'), json, text);
        status.textContent = '';
        enableDownload(button, json);
      }).catch(function (error) {
        showError(status, 'Could not extract: ' + error.message);
      });
    });
  }

  window.Claimant = { renderDocument: renderDocument, codePointIndex: codePointIndex, claimsJsonLines: claimsJsonLines };
  window.renderDocument = renderDocument;

  document.addEventListener('DOMContentLoaded', function () {
    var data = document.getElementById('claimant-document');
    var form = document.getElementById('extract-form');
    if (data) {
      startStaticPage(data);
    } else if (form) {
      startLivePage(form);
    }
  });
}());
