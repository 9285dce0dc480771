@echo off
rem svcat launcher (Windows). Uses %JAVA_HOME%\bin\java.exe when set, else java on the PATH.
rem Extra JVM options may be given in SVCAT_OPTS (they come last, so they win). Defaults as in
rem bin/svcat: the parallel collector unless SVCAT_OPTS picks one; lib\svcat.jsa when present.
setlocal
set "APP_HOME=%~dp0.."
rem no Java is a usage error (exit 2) with a word on what to do, as bin/svcat says it; goto, not
rem blocks: a JAVA_HOME under "Program Files (x86)" would close a block at its parenthesis
if defined JAVA_HOME goto java_home
set "JAVA=java"
where java >nul 2>nul && goto java_found
set "MISSING=path"
goto no_java
:java_home
set "JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA%" goto java_found
set "MISSING=home"
goto no_java
:java_found
set "GC=-XX:+UseParallelGC -XX:MaxNewSize=256m -XX:MaxTenuringThreshold=0"
if defined SVCAT_OPTS (echo(%SVCAT_OPTS%| findstr /c:"GC" >nul && set "GC=")
set "CDS="
rem the archive's path in quotes: the distribution may sit in a folder whose name has a space
if exist "%APP_HOME%\lib\svcat.jsa" set CDS="-XX:SharedArchiveFile=%APP_HOME%\lib\svcat.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
"%JAVA%" %GC% %CDS% %SVCAT_OPTS% -cp "%APP_HOME%\lib\*" org.svcat.cli.Main %*
exit /b %ERRORLEVEL%

:no_java
rem the Chinese lines are read as UTF-8 (this file's encoding) only once the console's code page is
rem 65001; the code page before is the last word of chcp's output (some languages end it in a dot)
for /f "tokens=*" %%a in ('chcp') do for %%b in (%%a) do set "CODEPAGE=%%b"
set "CODEPAGE=%CODEPAGE:.=%"
chcp 65001 >nul
if "%MISSING%"=="home" goto no_java_home
>&2 echo svcat: no java on the PATH; install Java 17 or newer, or set JAVA_HOME /
>&2 echo PATH 中没有 java，请安装 Java 17 或更高版本，或设置 JAVA_HOME
goto no_java_end
:no_java_home
>&2 echo svcat: JAVA_HOME (%JAVA_HOME%) has no bin\java.exe; set it to a Java 17 or newer /
>&2 echo JAVA_HOME（%JAVA_HOME%）下没有 bin\java.exe，请设为 Java 17 或更高版本
:no_java_end
chcp %CODEPAGE% >nul
exit /b 2
