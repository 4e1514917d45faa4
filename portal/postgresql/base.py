"""Django's PostgreSQL backend whose requests give up in time when the server is hung or gone.

While a request is served (`portal.resilience.RequestDeadlineMiddleware`), a new connection asks
the server for `statement_timeout` (DATABASE_STATEMENT_TIMEOUT, ms) and for
`idle_in_transaction_session_timeout` (5 times that), and each query gets a client-side deadline a
little beyond the server's; a health check of a kept connection gets HEALTH_CHECK_SECONDS. A query
or health check that runs out closes its connection and raises DatabaseDeadlineExceeded; so does a
connection that times out, and for HUNG_BREAKER_SECONDS after any of these, requests of the process
do not try to connect at all.
"""

from django.conf import settings
from django.db.backends.postgresql import base
from psycopg.errors import ConnectionTimeout

from portal.resilience import (
    DEADLINE_MARGIN_SECONDS,
    HEALTH_CHECK_SECONDS,
    DatabaseDeadlineExceeded,
    database_hung_mark,
    database_hung_recently,
    deadline,
    serving_request,
)


class DatabaseWrapper(base.DatabaseWrapper):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._health_check_hung = False
        self.execute_wrappers.append(self._query_deadline)

    @property
    def _statement_timeout_ms(self) -> int:
        return int(getattr(settings, "DATABASE_STATEMENT_TIMEOUT", 0) or 0)

    def get_connection_params(self):
        params = super().get_connection_params()
        timeout = self._statement_timeout_ms
        if timeout and serving_request():
            server_options = (
                f"-c statement_timeout={timeout} "
                f"-c idle_in_transaction_session_timeout={5 * timeout}"
            )
            params["options"] = f"{params.get('options', '')} {server_options}".strip()
        return params

    def get_new_connection(self, conn_params):
        if serving_request() and database_hung_recently():
            raise DatabaseDeadlineExceeded("The database did not answer a moment ago: not tried.")
        try:
            return super().get_new_connection(conn_params)
        except ConnectionTimeout:
            database_hung_mark()
            raise

    def _query_deadline(self, execute, sql, params, many, context):
        timeout = self._statement_timeout_ms
        if not timeout or not serving_request():
            return execute(sql, params, many, context)
        try:
            with deadline(timeout / 1000 + DEADLINE_MARGIN_SECONDS, what="a query"):
                return execute(sql, params, many, context)
        except DatabaseDeadlineExceeded:
            # The connection is in the middle of a command it will never finish: drop it.
            database_hung_mark()
            self.close()
            raise

    def is_usable(self):
        try:
            with deadline(HEALTH_CHECK_SECONDS, what="a health check"):
                return super().is_usable()
        except DatabaseDeadlineExceeded:
            database_hung_mark()
            self._health_check_hung = True
            return False

    def close_if_health_check_failed(self):
        self._health_check_hung = False
        super().close_if_health_check_failed()
        if self._health_check_hung and serving_request():
            # The server is there but does not answer: a new connection would only wait longer.
            raise DatabaseDeadlineExceeded(
                f"The database did not answer a health check within {HEALTH_CHECK_SECONDS:g} s."
            )
