// Lighthouse's SEO category for each address, in one Chromium started once for them all.
//
// Reads {"lighthouse": <folder holding node_modules>, "chrome": <path>, "flags": [...],
// "addresses": [...]} on stdin; writes {<address>: {"score", "failures", "notApplicable",
// "runtimeError", "hosts"}} on stdout: the audits that did not pass (id, title, items), those that
// found nothing to check, and every host the page sent a request to.
// Used by tests/browser/test_lighthouse_seo.py.
import { pathToFileURL } from "node:url";
import { text } from "node:stream/consumers";

const request = JSON.parse(await text(process.stdin));
const installed = (name) =>
  import(pathToFileURL(`${request.lighthouse}/node_modules/${name}`).href);
const { default: lighthouse } = await installed("lighthouse/core/index.js");
const chromeLauncher = await installed("chrome-launcher/dist/index.js");
const { default: puppeteer } = await installed("puppeteer-core/lib/esm/puppeteer/puppeteer-core.js");
const { default: defaultConfig } = await installed("lighthouse/core/config/default-config.js");

// The SEO category and the list of requests, alone: loading Lighthouse's hundred other audits
// would cost a second a page.
const seoCategory = defaultConfig.categories.seo;
const wanted = new Set([...seoCategory.auditRefs.map((ref) => ref.id), "network-requests"]);
const config = {
  artifacts: defaultConfig.artifacts,
  audits: defaultConfig.audits.filter((path) => wanted.has(path.split("/").pop())),
  categories: { seo: seoCategory },
  groups: defaultConfig.groups,
  settings: {
    ...defaultConfig.settings,
    onlyCategories: ["seo"],
    // The requests each page made, to show that none left the portal.
    onlyAudits: ["network-requests"],
    // A server on loopback answers in milliseconds: no need to wait a second for quiet.
    pauseAfterFcpMs: 100,
    pauseAfterLoadMs: 100,
    networkQuietThresholdMs: 200,
    cpuQuietThresholdMs: 200,
    skipAboutBlank: true,
    // The SEO audits read the document, not a picture of it.
    disableFullPageScreenshot: true,
  },
};

function failureOf(audit) {
  const items = (audit.details?.items ?? []).map((item) =>
    Object.fromEntries(
      Object.entries(item).map(([key, value]) => [
        key,
        typeof value === "object" && value !== null
          ? (value.snippet ?? value.nodeLabel ?? value.url ?? value.text ?? JSON.stringify(value))
          : value,
      ]),
    ),
  );
  return {
    id: audit.id,
    title: audit.title,
    explanation: audit.explanation ?? audit.errorMessage ?? "",
    items,
  };
}

const chrome = await chromeLauncher.launch({
  chromePath: request.chrome,
  chromeFlags: request.flags,
  logLevel: "silent",
});
const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
const results = {};
try {
  const page = await browser.newPage();
  for (const address of request.addresses) {
    const { lhr } = await lighthouse(
      address,
      { port: chrome.port, logLevel: "error", output: "json" },
      config,
      page,
    );
    const seo = lhr.categories.seo;
    const scored = seo.auditRefs.filter((ref) => ref.weight > 0).map((ref) => lhr.audits[ref.id]);
    results[address] = {
      score: seo.score === null ? null : Math.round(seo.score * 100),
      failures: scored.filter((audit) => audit.score !== null && audit.score < 1).map(failureOf),
      notApplicable: scored
        .filter((audit) => audit.scoreDisplayMode === "notApplicable")
        .map((audit) => audit.id),
      runtimeError: lhr.runtimeError?.message ?? null,
      hosts: [
        ...new Set(
          (lhr.audits["network-requests"]?.details?.items ?? [])
            .map((item) => new URL(item.url).host)
            .filter((host) => host !== ""),
        ),
      ],
    };
  }
} finally {
  await browser.disconnect();
  chrome.kill();
}
process.stdout.write(JSON.stringify(results));
