module com.example.modular {
    requires dev.httpstatus.check;
    requires dev.httpstatus.server;

    exports com.example.modular;
}
