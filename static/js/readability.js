/*
 * Readability beside a text, updated as it is typed (content.explainers.readability_rules).
 *
 * Workspace: the server renders a status under each measured field,
 *   <p data-readability-for="id_summary_fr" data-readability-url="…" data-readability-language="fr"
 *      aria-live="polite">…</p>;
 * this script only updates it. Admin page editor: loaded by the insert_editor_js hook with
 * data-readability-admin-url; it adds a status under the introduction and the body and sends the
 * page's id, whose locale gives the language. In a snippet's editor (a clinic, a use template) it adds
 * one under each introduction and summary and sends the language its name ends with (_fr, _en).
 * No inline script: the policies allow 'self' only.
 */
(function () {
  "use strict";

  var DELAY = 700;
  var script = document.currentScript;

  function csrfToken() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function show(status, answer) {
    var line = document.createElement("span");
    line.className = "readability__line";
    line.textContent = answer.line;
    status.replaceChildren(line);
    if (answer.longest) {
      var longest = document.createElement("span");
      longest.className = "readability__longest";
      longest.textContent = " " + answer.longest;
      status.appendChild(longest);
    }
    status.dataset.readabilityLevel = answer.level || "";
    status.dataset.readabilityScore = answer.score === null ? "" : String(answer.score);
  }

  /* Measure `read()` at `url` after a pause once `target` changes; `measured` is the text the
   * status already describes, if any. Returns the function that measures now. */
  function watch(status, target, read, url, fields, measured) {
    var timer = null;
    var sent = measured === undefined ? null : measured;
    function measure() {
      var text = read();
      if (text === sent) {
        return;
      }
      sent = text;
      var body = new FormData();
      body.append("text", text);
      Object.keys(fields).forEach(function (name) {
        body.append(name, fields[name]);
      });
      fetch(url, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken() },
      })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (answer) {
          if (answer && read() === text) {
            show(status, answer);
          }
        })
        .catch(function () {
          sent = null; /* try again at the next change */
        });
    }
    function later() {
      window.clearTimeout(timer);
      timer = window.setTimeout(measure, DELAY);
    }
    ["input", "keyup", "change", "paste", "focusout"].forEach(function (name) {
      target.addEventListener(name, later);
    });
    return measure;
  }

  /* The text of a StreamField: visible inputs, and rich text from Draftail's JSON inputs. */
  function streamText(container) {
    var parts = [];
    container.querySelectorAll("input, textarea").forEach(function (field) {
      var value = field.value || "";
      if (field.type === "hidden") {
        if (value.charAt(0) !== "{") {
          return;
        }
        try {
          (JSON.parse(value).blocks || []).forEach(function (block) {
            parts.push(block.text || "");
          });
        } catch (error) {
          /* not rich text */
        }
      } else if (field.type === "text" || field.tagName === "TEXTAREA") {
        parts.push(value);
      }
    });
    return parts
      .map(function (part) {
        return part.trim();
      })
      .filter(Boolean)
      .join("\n");
  }

  function adminStatus(wrapper) {
    var status = document.createElement("p");
    status.className = "w-field__help readability";
    status.setAttribute("aria-live", "polite");
    status.dataset.readabilityStatus = "";
    var input = wrapper.querySelector("[data-field-input]") || wrapper;
    input.insertAdjacentElement("afterend", status);
    return status;
  }

  function adminEditor(url) {
    var path = window.location.pathname;
    var edited = path.match(/\/pages\/(\d+)\/edit\//);
    var added = path.match(/\/pages\/add\/[^/]+\/[^/]+\/(\d+)\//);
    if (!edited && !added) {
      if (path.indexOf("/snippets/") !== -1) {
        snippetEditor(url);
      }
      return;
    }
    var page = edited ? edited[1] : added[1];
    var intro = document.querySelector("[data-contentpath='intro']");
    var introField = intro && intro.querySelector("textarea, input[type=text]");
    var measures = [];
    if (introField) {
      measures.push(
        watch(adminStatus(intro), introField, function () {
          return introField.value;
        }, url, { page: page })
      );
    }
    var body = document.querySelector("[data-contentpath='body']");
    if (body) {
      measures.push(
        watch(adminStatus(body), body, function () {
          return streamText(body);
        }, url, { page: page })
      );
    }
    /* The StreamField is drawn by Wagtail's scripts: measure once the page has loaded. */
    function first() {
      measures.forEach(function (measure) {
        measure();
      });
    }
    if (document.readyState === "complete") {
      first();
    } else {
      window.addEventListener("load", first);
    }
  }

  /* A snippet's editor (a clinic and its uses, a use template): the introduction and each use's
   * summary, in French and in English; the field name's ending gives the language. New use rows
   * are added by Wagtail's inline panel after load: their fields are found when typed in. */
  var SNIPPET_FIELD = /(?:^|-)(?:summary|introduction)_(fr|en)$/;

  function snippetLanguage(field) {
    var found = (field.name || "").match(SNIPPET_FIELD);
    return found ? found[1] : null;
  }

  function snippetField(field, url) {
    if (field.dataset.readabilityWatched !== undefined) {
      return null;
    }
    field.dataset.readabilityWatched = "";
    var wrapper = field.closest("[data-field-input]") || field;
    var status = document.createElement("p");
    status.className = "w-field__help readability";
    status.setAttribute("aria-live", "polite");
    status.dataset.readabilityStatus = "";
    wrapper.insertAdjacentElement("afterend", status);
    return watch(status, field, function () {
      return field.value;
    }, url, { language: snippetLanguage(field) });
  }

  function snippetEditor(url) {
    var selector = "textarea, input[type=text]";
    document.querySelectorAll(selector).forEach(function (field) {
      if (snippetLanguage(field)) {
        var measure = snippetField(field, url);
        if (measure) {
          measure();
        }
      }
    });
    document.addEventListener("input", function (event) {
      var field = event.target;
      if (!field.matches || !field.matches(selector) || !snippetLanguage(field)) {
        return;
      }
      var measure = snippetField(field, url);
      if (measure) {
        measure(); /* watched from now on; measure what was typed first */
      }
    });
  }

  function workspace() {
    document.querySelectorAll("[data-readability-for]").forEach(function (status) {
      var field = document.getElementById(status.dataset.readabilityFor);
      if (!field) {
        return;
      }
      /* The server measured the text shown: nothing to ask until it changes. */
      watch(status, field, function () {
        return field.value;
      }, status.dataset.readabilityUrl, { language: status.dataset.readabilityLanguage }, field.value);
    });
  }

  function start() {
    if (script && script.dataset.readabilityAdminUrl) {
      adminEditor(script.dataset.readabilityAdminUrl);
    } else {
      workspace();
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
