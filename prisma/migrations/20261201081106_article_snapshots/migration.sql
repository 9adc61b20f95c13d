-- CreateTable
CREATE TABLE "ArticleSnapshot" (
    "id" TEXT NOT NULL,
    "articleId" TEXT,
    "requestedUrl" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "canonicalUrl" TEXT,
    "httpStatus" INTEGER NOT NULL,
    "contentType" TEXT,
    "charset" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fetchedById" TEXT,

    CONSTRAINT "ArticleSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleSnapshot_articleId_idx" ON "ArticleSnapshot"("articleId");

-- CreateIndex
CREATE INDEX "ArticleSnapshot_fetchedAt_idx" ON "ArticleSnapshot"("fetchedAt");

-- AddForeignKey
ALTER TABLE "ArticleSnapshot" ADD CONSTRAINT "ArticleSnapshot_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleSnapshot" ADD CONSTRAINT "ArticleSnapshot_fetchedById_fkey" FOREIGN KEY ("fetchedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
