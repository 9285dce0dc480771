@echo off
rem svcat launcher (Windows). Uses %JAVA_HOME%\bin\java.exe when set, else java on the PATH.
rem Extra JVM options may be given in SVCAT_OPTS.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" %SVCAT_OPTS% -cp "%APP_HOME%\lib\*" org.svcat.cli.Main %*
exit /b %ERRORLEVEL%
