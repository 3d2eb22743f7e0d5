namespace csm { }
