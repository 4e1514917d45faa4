"""How the portal is found and shared: the sitemap, robots.txt, each page's canonical address,
its other language, its card when shared and its structured data, and the small files a site is
expected to have (favicon, security.txt)."""
