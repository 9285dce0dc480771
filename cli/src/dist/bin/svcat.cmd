@echo off
rem svcat launcher (Windows). Uses %JAVA_HOME%\bin\java.exe when set, else java on the PATH.
rem Extra JVM options may be given in SVCAT_OPTS (they come last, so they win). Defaults as in
rem bin/svcat: the parallel collector unless SVCAT_OPTS picks one; lib\svcat.jsa when present.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
set "GC=-XX:+UseParallelGC -XX:MaxNewSize=256m -XX:MaxTenuringThreshold=0"
if defined SVCAT_OPTS (echo(%SVCAT_OPTS%| findstr /c:"GC" >nul && set "GC=")
set "CDS="
rem the archive's path in quotes: the distribution may sit in a folder whose name has a space
if exist "%APP_HOME%\lib\svcat.jsa" set CDS="-XX:SharedArchiveFile=%APP_HOME%\lib\svcat.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
"%JAVA%" %GC% %CDS% %SVCAT_OPTS% -cp "%APP_HOME%\lib\*" org.svcat.cli.Main %*
exit /b %ERRORLEVEL%
