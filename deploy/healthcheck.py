"""Exit 0 when the app server on this machine answers 200 at the path given (container HEALTHCHECK).

It asks as the reverse proxy would: a host the portal accepts and the HTTPS scheme, so that
SECURE_SSL_REDIRECT does not turn the answer into a redirect.
"""

import http.client
import os
import sys


def main() -> int:
    path = sys.argv[1] if len(sys.argv) > 1 else "/health/live"
    hosts = [h.strip().lstrip(".") for h in os.environ.get("ALLOWED_HOSTS", "").split(",")]
    host = (
        "localhost" if "localhost" in hosts else next((h for h in hosts if h != "*"), "localhost")
    )
    connection = http.client.HTTPConnection(
        "127.0.0.1", int(os.environ.get("PORT", "8000")), timeout=4
    )
    try:
        connection.request("GET", path, headers={"Host": host, "X-Forwarded-Proto": "https"})
        status = connection.getresponse().status
    except OSError as error:
        print(f"{path}: {error}", file=sys.stderr)
        return 1
    print(f"{path}: {status}")
    return 0 if status == 200 else 1


if __name__ == "__main__":
    sys.exit(main())
