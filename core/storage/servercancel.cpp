#include "storage/servercancel.h"

#include <QSqlDriver>
#include <QVariant>

#include <dlfcn.h>

namespace linli {

namespace {

// libpq's own signatures (libpq-fe.h), its handles opaque here.
using GetCancel = void *(*)(void *connection);
using Cancel = int (*)(void *cancel, char *error, int errorSize);
using FreeCancel = void (*)(void *cancel);

/// libpq as Qt's driver loaded it (privately: its names are not the process's), or null.
void *loadedLibpq() {
    static void *const library = dlopen("libpq.so.5", RTLD_LAZY | RTLD_NOLOAD);
    return library;
}

template<typename Function> Function libpq(const char *name) {
    void *library = loadedLibpq();
    return library ? reinterpret_cast<Function>(dlsym(library, name)) : nullptr;
}

} // namespace

std::unique_ptr<ServerCancel> ServerCancel::of(const QSqlDatabase &connection) {
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    // Qt names the type after libpq's struct (pg_conn*), or its typedef (PGconn*).
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    const auto getCancel = libpq<GetCancel>("PQgetCancel");
    if (!getCancel || !libpq<Cancel>("PQcancel") || !libpq<FreeCancel>("PQfreeCancel"))
        return nullptr;
    void *cancel = getCancel(*static_cast<void *const *>(handle.constData()));
    if (!cancel)
        return nullptr;
    return std::unique_ptr<ServerCancel>(new ServerCancel(cancel));
}

ServerCancel::~ServerCancel() {
    libpq<FreeCancel>("PQfreeCancel")(m_cancel);
}

void ServerCancel::cancel() const {
    char error[256];
    // A request that comes when nothing runs is ignored by the server; one that fails to reach
    // it leaves the statement to run to its end, as without it.
    (void)libpq<Cancel>("PQcancel")(m_cancel, error, int(sizeof error));
}

} // namespace linli
